/**
 * Edit and navigation tools in Chromium (apps/edit_tools.ts): one shared document open in two
 * pages. Page A drives each tool with the mouse and keyboard; the server's document and page B
 * get the edit. Then RangeTool, undo/redo, zoom buttons, wheel pan, poly select, copy and the
 * toolbar's logo/help on page A.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { ColumnDataSource, Document, Range1d } from "@dash/server";
import * as edit_tools from "./apps/edit_tools.ts";
import { Shot, open_app, until, use_browser, use_server, type PlotInfo, type WatchedPage } from "./helpers.ts";

const SAVE = process.env.DASH_BROWSER_SHOTS; // e.g. /tmp: save screenshots to look at
const browser = use_browser({ viewport: { width: 1000, height: 860 } });
const srv = use_server({ edit_tools });

/** Plots of the document, in layout order. */
const PLOTS = ["point", "box", "polydraw", "polyedit", "freehand", "lineedit", "main", "select", "nav"] as const;
type PlotName = typeof PLOTS[number];

async function info(page: Page, name: PlotName): Promise<PlotInfo> {
  return page.evaluate((index) => {
    type PV = { inspect(): Omit<PlotInfo, "canvas">; canvas_el: HTMLElement };
    const dash = (window as unknown as { Dash: { embedded: Array<{ view: { plots(): PV[] } }> } }).Dash;
    const pv = dash.embedded[0]!.view.plots()[index]!;
    const c = pv.canvas_el.querySelector("canvas")!.getBoundingClientRect();
    return { ...pv.inspect(), canvas: { x: c.x, y: c.y, w: c.width, h: c.height } };
  }, PLOTS.indexOf(name));
}

/** Page px of data (x, y) in a plot. */
function px(i: PlotInfo, x: number, y: number): { x: number; y: number } {
  const [x0, x1] = i.x_range!, [y0, y1] = i.y_range!, f = i.frame;
  return { x: i.canvas.x + f.x + ((x - x0) / (x1 - x0)) * f.w, y: i.canvas.y + f.y + f.h - ((y - y0) / (y1 - y0)) * f.h };
}

/** Data-space columns of a source, from the server's document. */
function cols(doc: Document, name: string): Record<string, unknown[]> {
  const s = doc.get_model_by_name(name) as ColumnDataSource;
  return Object.fromEntries(Object.entries(s.data).map(([k, v]) => [k, Array.from(v as ArrayLike<unknown>, (c) => (ArrayBuffer.isView(c) || Array.isArray(c) ? Array.from(c as ArrayLike<unknown>) : c))]));
}

/** A source's columns in a page's replica. */
function page_cols(page: Page, name: string): Promise<Record<string, unknown[]>> {
  return page.evaluate((name) => {
    type Doc = { get_model_by_name(n: string): { data: Record<string, ArrayLike<unknown>> } | null };
    const doc = (window as unknown as { Dash: { embedded: Array<{ document: Doc }> } }).Dash.embedded[0]!.document;
    const data = doc.get_model_by_name(name)?.data ?? {};
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Array.from(v, (c) => (ArrayBuffer.isView(c) || Array.isArray(c) ? Array.from(c as ArrayLike<unknown>) : c))]));
  }, name);
}

const near = (a: unknown, b: number, tol = 0.25) => typeof a === "number" && Math.abs(a - b) <= tol;

async function press(page: Page, at: { x: number; y: number }): Promise<void> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.waitForTimeout(450);
  await page.mouse.up();
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, opts: { shift?: boolean } = {}): Promise<void> {
  await page.mouse.move(from.x, from.y);
  if (opts.shift === true) await page.keyboard.down("Shift");
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  if (opts.shift === true) await page.keyboard.up("Shift");
}

describe("edit tools on a shared document", () => {
  let a: WatchedPage, b: WatchedPage;
  let doc: Document;
  beforeAll(async () => {
    a = await browser.new_page();
    await open_app(a, srv.url("edit_tools"));
    const session = srv.session("edit_tools");
    doc = session.document;
    b = await browser.new_page();
    await open_app(b, `${srv.url("edit_tools")}?bokeh-session-id=${encodeURIComponent(session.id)}`);
    expect(session.connection_count).toBe(2);
  }, 60_000);
  afterAll(async () => {
    await a?.page.context().close();
    await b?.page.context().close();
  });

  it("PointDrawTool: a tap adds a point (padded with empty_value), a drag moves it, Backspace deletes it; page B sees each", async () => {
    const i = await info(a.page, "point");
    await a.page.mouse.click(px(i, 6, 6).x, px(i, 6, 6).y);
    await until(() => cols(doc, "points")["x"]!.length === 2 || undefined, "the server gets the new point");
    let c = cols(doc, "points");
    expect(near(c["x"]![1], 6) && near(c["y"]![1], 6)).toBe(true);
    expect(c["label"]).toEqual(["a", "new"]);
    await until(async () => (await page_cols(b.page, "points"))["x"]!.length === 2 || undefined, "page B gets the new point");
    const ib = await info(b.page, "point");
    await until(async () => (await Shot.take(b.page, SAVE ? `${SAVE}/edit-point-b.png` : undefined)).count_near(px(ib, 6, 6).x, px(ib, 6, 6).y, [255, 0, 0], 4) > 20 || undefined, "page B draws it");

    await drag(a.page, px(i, 2, 2), px(i, 4, 3));
    await until(() => (near(cols(doc, "points")["x"]![0], 4, 0.3) && near(cols(doc, "points")["y"]![0], 3, 0.3)) || undefined, "the drag moves the first point on the server");
    await until(async () => near((await page_cols(b.page, "points"))["x"]![0], 4, 0.3) || undefined, "and on page B");

    // select the moved point (tap), then Backspace with the pointer over the plot
    await a.page.mouse.click(px(i, 4, 3).x, px(i, 4, 3).y);
    await a.page.keyboard.press("Backspace");
    await until(() => cols(doc, "points")["x"]!.length === 1 || undefined, "Backspace deletes the selected point");
    c = cols(doc, "points");
    expect(near(c["x"]![0], 6)).toBe(true);
    await until(async () => (await page_cols(b.page, "points"))["x"]!.length === 1 || undefined, "page B loses it too");
  });
});
