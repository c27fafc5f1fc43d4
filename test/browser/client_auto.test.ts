/**
 * `--client auto` in a browser: a document with one of every model type the protocol declares
 * (test/support/every_model.ts, as the catalog round-trip test builds it) goes to BokehJS, which
 * shows it without console errors; a document of types Dash's client handles is drawn by Dash's
 * client. Both pages also hold a plot with a red square, whose pixels are checked.
 */
import { describe, expect, it } from "vitest";
import * as M from "@dash/server";
import type { AppModule, Document } from "@dash/server";
import { concrete_names, every_model_page_doc, required } from "../support/every_model.ts";
import { Shot, open_app, plot_info, to_page, use_browser, use_server, until } from "./helpers.ts";

const browser = use_browser({ viewport: { width: 900, height: 700 } });

/** A plot both clients draw: a 60 px red square at (1, 1), the middle of the frame. */
function marker_plot(): M.Plot {
  const p = M.figure({ width: 300, height: 300, tools: "pan,reset", x_range: [0, 2], y_range: [0, 2] });
  p.scatter([1], [1], { marker: "square", size: 60, color: "red" });
  return p;
}

const PNG_1PX = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

/** What BokehJS needs beyond its required attributes to show these offline, under the page's CSP (same-origin fetches and data: images). */
function offline_attrs(name: string): Record<string, unknown> {
  switch (name) {
    // same-origin URLs the test's page answers (page.route): an empty JSON object, an empty event stream
    case "AjaxDataSource": return { data_url: "/offline/ajax", method: "GET", polling_interval: null };
    case "ServerSentDataSource": return { data_url: "/offline/sse" };
    case "ImageURLTexture": return { url: PNG_1PX };
    // a DataCube groups its source's rows by a column it must have
    case "DataCube": return {
      source: new M.ColumnDataSource({ data: { x: ["a", "b"] } }),
      target: new M.ColumnDataSource({ data: { row_indices: [], labels: [] } }),
      columns: [new M.TableColumn({ field: "x" })],
      grouping: [new M.GroupingInfo({ getter: "x" })],
    };
    default: return required(name);
  }
}

/**
 * UI elements BokehJS only builds inside their parents (toolbar buttons and menus, the canvas and
 * panels of a plot), overlays shown when opened or attached to a target, and GMap(Plot) and
 * TablerIcon (load Google Maps and a CDN stylesheet from the internet): in the document, not roots.
 */
const NOT_ROOTS = new Set(["TablerIcon", "Canvas", "ClickButton", "OnOffButton", "Menu", "ToolMenu", "Toolbar", "Tooltip", "Notifications", "Panel", "Examiner", "GMap", "GMapPlot", "Drawer", "Dialog"]);

const every: AppModule = {
  default: (doc: Document) => {
    doc.add_root(marker_plot());
    every_model_page_doc(doc, offline_attrs, NOT_ROOTS);
  },
  // AjaxDataSource's fetched columns travel back to the server, as with Bokeh
  client_writes: { attributes: { ColumnDataSource: ["data"], AjaxDataSource: ["data"], ServerSentDataSource: ["data"] } },
};

const handled: AppModule = {
  default: (doc: Document) => {
    doc.add_root(new M.Column({ children: [new M.Div({ text: "handled types only" }), marker_plot()] }));
  },
};

const RED = [255, 0, 0] as const;

describe("--client auto in a browser", () => {
  const server = use_server({ every, handled });

  it("a document with one of every model type is shown by BokehJS, with no console errors", async () => {
    const w = await browser.new_page();
    await w.page.route("**/offline/ajax", (r) => r.fulfill({ contentType: "application/json", body: "{}" }));
    await w.page.route("**/offline/sse", (r) => r.fulfill({ contentType: "text/event-stream", body: "" }));
    await w.page.goto(server.url("every"));
    expect(await w.page.locator('meta[name="dash-client"]').getAttribute("content")).toBe("bokehjs");
    expect(await w.page.evaluate(() => document.documentElement.dataset["dashClient"])).toBe("bokehjs");
    const unhandled = (await w.page.locator('meta[name="dash-client"]').getAttribute("data-unhandled"))!.split(" ");
    expect(unhandled.length).toBeGreaterThan(100);
    expect(w.console.some((l) => l.startsWith("info: [dash] --client auto: BokehJS renders this document"))).toBe(true);
    const types = new Set([...server.doc("every").models.values()].map((m) => m.type));
    expect(concrete_names().filter((n) => !types.has(n))).toEqual([]);
    const roots = server.doc("every").roots.length;
    // BokehJS has a view for every root once it has rendered them all
    // BokehJS renders each root into its element (BokehJS's own root elements use shadow roots)
    const filled = (): Promise<number> => w.page.evaluate(() => [...document.querySelectorAll("[data-root-id]")].filter((e) => e.childElementCount > 0 || e.shadowRoot != null).length);
    await until(async () => (await filled()) >= roots, "BokehJS views of every root", 30_000);
    const canvas = await w.page.locator(".bk-Canvas").first().boundingBox();
    expect(canvas).not.toBeNull();
    const shot = await Shot.take(w.page);
    // the marker plot's frame (the square in its middle) is drawn
    expect(shot.count_near(canvas!.x + canvas!.width / 2 + 10, canvas!.y + canvas!.height / 2 - 10, RED, 8)).toBeGreaterThan(100);
    expect(w.errors).toEqual([]);
  }, 60_000);

  it("a document of handled types is drawn by Dash's client", async () => {
    const w = await browser.new_page();
    await open_app(w, server.url("handled"));
    expect(await w.page.locator('meta[name="dash-client"]').getAttribute("content")).toBe("dash");
    expect(await w.page.evaluate(() => document.documentElement.dataset["dashClient"])).toBe("dash");
    expect(await w.page.evaluate(() => (window as unknown as { Dash: { embedded: unknown[] } }).Dash.embedded.length)).toBe(1);
    const info = await plot_info(w.page);
    const centre = to_page(info, 1, 1);
    const shot = await Shot.take(w.page);
    expect(shot.count_near(centre.x, centre.y, RED, 8)).toBeGreaterThan(250);
    // outside the square: the frame's white background
    const off = to_page(info, 0.3, 0.3);
    expect(shot.count_near(off.x, off.y, RED, 4)).toBe(0);
    expect(w.errors).toEqual([]);
  });
});
