/**
 * `--client auto` (the default): each page and autoload.js gets Dash's client when the manifest
 * beside the bundle lists every model type of the session's document, BokehJS otherwise; the
 * page and the log say so; `?client=` forces one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Column, Div, Slider, Slope, figure, type AppModule, type Document } from "@dash/server";
import { start, type Running } from "./helpers.ts";

/** Only types Dash's client handles: a figure with a scatter, a slider and a Div. */
const handled: AppModule = {
  default: (doc: Document) => {
    const p = figure({ width: 300, height: 200, tools: "pan,wheel_zoom,reset" });
    p.scatter([1, 2, 3], [3, 1, 2]);
    doc.add_root(new Column({ children: [new Slider({ start: 0, end: 10, value: 1 }), new Div({ text: "hi" }), p] }));
  },
};

/** The same plus a Slope annotation, which Dash's client does not draw. */
function with_slope(doc: Document): void {
  const p = figure({ width: 300, height: 200, tools: "pan,wheel_zoom,reset" });
  p.scatter([1, 2, 3], [3, 1, 2]);
  p.add_layout(new Slope({ gradient: 1, y_intercept: 0 }));
  doc.add_root(p);
}
const unhandled: AppModule = { default: with_slope };

/** Slow to build (the page gets a spinner first), with the unhandled Slope. */
const slow: AppModule = {
  default: async (doc: Document) => {
    await new Promise((r) => setTimeout(r, 1200));
    with_slope(doc);
  },
};

const meta = (html: string): { client: string; reason: string; unhandled: string | null } | null => {
  const m = /<meta name="dash-client" content="(\w+)" data-reason="([\w-]+)"(?: data-unhandled="([^"]*)")?>/.exec(html);
  return m === null ? null : { client: m[1]!, reason: m[2]!, unhandled: m[3] ?? null };
};
const is_dash = (html: string): boolean => html.includes("/static/dash-client.js") && !html.includes("bokeh.min.js");
const is_bokehjs = (html: string): boolean => html.includes("/static/bokehjs/bokeh.min.js") && !html.includes("dash-client.js");
const decision_logs = (r: Running, app: string): Array<{ client: string; unhandled?: string[]; msg: string }> =>
  r.logs.map((l) => JSON.parse(l) as { app?: string; client?: string; unhandled?: string[]; msg: string })
    .filter((l) => l.app === app && l.msg.startsWith("--client auto")) as Array<{ client: string; unhandled?: string[]; msg: string }>;

describe("--client auto", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ handled, unhandled, slow });
  });
  afterAll(() => r.close());

  it("serves Dash's client for a document of handled types, and says so in the page and once in the log", async () => {
    expect(r.server.dash.options.client).toBe("auto");
    for (let i = 0; i < 2; i++) {
      const html = await (await fetch(r.url("handled"))).text();
      expect(is_dash(html)).toBe(true);
      expect(meta(html)).toEqual({ client: "dash", reason: "handled", unhandled: null });
      expect(html).toContain('document.documentElement.setAttribute("data-dash-client", "dash")');
    }
    const logged = decision_logs(r, "handled");
    expect(logged.length).toBe(1);
    expect(logged[0]!.client).toBe("dash");
  });

  it("serves BokehJS for a document with an unhandled type, naming it in the page, the console line and (once) the log", async () => {
    for (let i = 0; i < 3; i++) {
      const html = await (await fetch(r.url("unhandled"))).text();
      expect(is_bokehjs(html)).toBe(true);
      expect(meta(html)).toEqual({ client: "bokehjs", reason: "unhandled", unhandled: "Slope" });
      expect(html).toContain("console.info(\"[dash] --client auto: BokehJS renders this document; Dash's client does not handle Slope\")");
    }
    const logged = decision_logs(r, "unhandled");
    expect(logged.length).toBe(1);
    expect(logged[0]!.client).toBe("bokehjs");
    expect(logged[0]!.unhandled).toEqual(["Slope"]);
    expect(logged[0]!.msg).toContain("does not handle Slope");
  });

  it("?client=dash|bokehjs forces one client whatever the document holds", async () => {
    const dash = await (await fetch(`${r.url("unhandled")}?client=dash`)).text();
    expect(is_dash(dash)).toBe(true);
    expect(meta(dash)).toEqual({ client: "dash", reason: "requested", unhandled: null });
    const bk = await (await fetch(`${r.url("handled")}?client=bokehjs`)).text();
    expect(is_bokehjs(bk)).toBe(true);
    expect(meta(bk)).toEqual({ client: "bokehjs", reason: "requested", unhandled: null });
    expect((await fetch(`${r.url("handled")}?client=pixi`)).status).toBe(400);
  });

  it("decides autoload.js per document too", async () => {
    const js = async (app: string): Promise<string> => (await fetch(`${r.url(app)}/autoload.js?bokeh-autoload-element=e1`)).text();
    const a = await js("handled");
    expect(a).toContain("window.Dash.embed_item(item)");
    expect(a).toContain('el.setAttribute("data-dash-client", "dash")');
    const b = await js("unhandled");
    expect(b).toContain("Bokeh.embed.embed_items");
    expect(b).toContain('el.setAttribute("data-dash-client", "bokehjs")');
    expect(b).toContain("does not handle Slope");
  });

  it("a slow document gets the spinner first, then BokehJS when it holds an unhandled type", async () => {
    const html = await (await fetch(r.url("slow"))).text();
    expect(html).toContain('id="dash-spinner"');
    expect(is_bokehjs(html)).toBe(true);
    expect(meta(html)).toEqual({ client: "bokehjs", reason: "unhandled", unhandled: "Slope" });
    expect(html).toContain('document.getElementById("dash-spinner").remove()');
  });
});
