/**
 * Edit and navigation tools in Chromium (apps/edit_tools.ts): one shared document open in two
 * pages. Page A drives each tool with the mouse and keyboard; the server's document and page B
 * get the edit. Then RangeTool, and on page A undo/redo, zoom buttons, wheel pan, poly select,
 * copy, fullscreen, help and the toolbar's logo.
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
/** The machine is shared: waits are generous (they end as soon as the condition holds). */
const T = 30_000;
const wait = <X>(pred: () => X | undefined | null | false | Promise<X | undefined | null | false>, what: string) => until(pred, what, T);

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
    await open_app(a, srv.url("edit_tools"), 90_000);
    const session = srv.session("edit_tools");
    doc = session.document;
    b = await browser.new_page();
    await open_app(b, `${srv.url("edit_tools")}?bokeh-session-id=${encodeURIComponent(session.id)}`, 90_000);
    expect(session.connection_count).toBe(2);
  }, 200_000);
  afterAll(async () => {
    await a?.page.context().close();
    await b?.page.context().close();
  });

  it("PointDrawTool: a tap adds a point (other columns padded with their defaults), a drag moves it, Backspace deletes it; page B sees each", async () => {
    const i = await info(a.page, "point");
    await a.page.mouse.click(px(i, 6, 6).x, px(i, 6, 6).y);
    await wait(() => cols(doc, "points")["x"]!.length === 2 || undefined, "the server gets the new point");
    let c = cols(doc, "points");
    expect(near(c["x"]![1], 6) && near(c["y"]![1], 6)).toBe(true);
    expect(c["label"]).toEqual(["a", "new"]);
    expect(c["kind"]).toEqual([1, 0]);
    await wait(async () => (await page_cols(b.page, "points"))["x"]!.length === 2 || undefined, "page B gets the new point");
    const ib = await info(b.page, "point");
    await wait(async () => (await Shot.take(b.page, SAVE ? `${SAVE}/edit-point-b.png` : undefined)).count_near(px(ib, 6, 6).x, px(ib, 6, 6).y, [255, 0, 0], 4) > 20 || undefined, "page B draws it");

    await drag(a.page, px(i, 2, 2), px(i, 4, 3));
    await wait(() => (near(cols(doc, "points")["x"]![0], 4, 0.3) && near(cols(doc, "points")["y"]![0], 3, 0.3)) || undefined, "the drag moves the first point on the server");
    await wait(async () => near((await page_cols(b.page, "points"))["x"]![0], 4, 0.3) || undefined, "and on page B");

    // select the moved point (tap), then Backspace with the pointer over the plot
    await a.page.mouse.click(px(i, 4, 3).x, px(i, 4, 3).y);
    await a.page.keyboard.press("Backspace");
    await wait(() => cols(doc, "points")["x"]!.length === 1 || undefined, "Backspace deletes the selected point");
    c = cols(doc, "points");
    expect(near(c["x"]![0], 6)).toBe(true);
    await wait(async () => (await page_cols(b.page, "points"))["x"]!.length === 1 || undefined, "page B loses it too");
  }, 120_000);

  it("BoxEditTool: a shift-drag draws a box, a drag moves one; page B sees both", async () => {
    const i = await info(a.page, "box");
    await drag(a.page, px(i, 5, 2), px(i, 8, 5), { shift: true });
    await wait(() => cols(doc, "boxes")["x"]!.length === 2 || undefined, "the server gets the drawn box");
    let c = cols(doc, "boxes");
    expect([c["x"]![1], c["y"]![1], c["width"]![1], c["height"]![1]].every((v, k) => near(v, [6.5, 3.5, 3, 3][k]!, 0.3))).toBe(true);
    await drag(a.page, px(i, 2, 8), px(i, 4, 6));
    await wait(() => (near(cols(doc, "boxes")["x"]![0], 4, 0.3) && near(cols(doc, "boxes")["y"]![0], 6, 0.3)) || undefined, "the drag moves the first box on the server");
    c = cols(doc, "boxes");
    expect(near(c["width"]![0], 2, 0.01)).toBe(true);
    await wait(async () => { const d = await page_cols(b.page, "boxes"); return (d["x"]!.length === 2 && near(d["x"]![0], 4, 0.3)) || undefined; }, "page B has both edits");
    const ib = await info(b.page, "box");
    await wait(async () => (await Shot.take(b.page)).count_near(px(ib, 6.5, 3.5).x, px(ib, 6.5, 3.5).y, [0, 0, 255], 4) > 60 || undefined, "page B draws the new box");
  }, 120_000);

  it("PolyDrawTool: press starts a patch, taps add vertices, press ends it; the vertex renderer shows them", async () => {
    const i = await info(a.page, "polydraw");
    await press(a.page, px(i, 2, 2));
    await a.page.mouse.move(px(i, 8, 2).x, px(i, 8, 2).y, { steps: 4 });
    await a.page.mouse.click(px(i, 8, 2).x, px(i, 8, 2).y);
    await a.page.waitForTimeout(400); // not a double tap
    await a.page.mouse.move(px(i, 5, 8).x, px(i, 5, 8).y, { steps: 4 });
    await press(a.page, px(i, 5, 8));
    await wait(() => { const c = cols(doc, "polys"); return (c["xs"]!.length === 1 && (c["xs"]![0] as number[]).length === 3 && near((c["ys"]![0] as number[])[2], 8, 0.3)) || undefined; }, "the server gets the triangle");
    const c = cols(doc, "polys");
    expect((c["xs"]![0] as number[]).every((v, k) => near(v, [2, 8, 5][k]!, 0.3))).toBe(true);
    expect((c["ys"]![0] as number[]).every((v, k) => near(v, [2, 2, 8][k]!, 0.3))).toBe(true);
    await wait(() => cols(doc, "vdraw")["x"]!.length === 3 || undefined, "the vertex renderer shows the 3 vertices");
    const ib = await info(b.page, "polydraw");
    await wait(async () => (await Shot.take(b.page, SAVE ? `${SAVE}/edit-poly-b.png` : undefined)).count_near(px(ib, 5, 4).x, px(ib, 5, 4).y, [0, 128, 0], 4) > 60 || undefined, "page B fills the new patch green");
  }, 120_000);

  it("PolyEditTool: press shows the patch's vertices; dragging one moves that corner on the server and page B", async () => {
    const i = await info(a.page, "polyedit");
    await press(a.page, px(i, 5, 4));
    await wait(() => cols(doc, "vedit")["x"]!.length === 3 || undefined, "the vertices are shown");
    await a.page.waitForTimeout(300);
    await drag(a.page, px(i, 5, 8), px(i, 5, 9.5));
    await wait(() => near((cols(doc, "tri")["ys"]![0] as number[])[2], 9.5, 0.3) || undefined, "the top corner moved on the server");
    expect((cols(doc, "tri")["xs"]![0] as number[]).every((v, k) => near(v, [2, 8, 5][k]!, 0.3))).toBe(true);
    await wait(async () => near(((await page_cols(b.page, "tri"))["ys"]![0] as number[])[2], 9.5, 0.3) || undefined, "and on page B");
  }, 120_000);

  it("FreehandDrawTool: a drag draws a line through the pointer's path", async () => {
    const i = await info(a.page, "freehand");
    await drag(a.page, px(i, 2, 2), px(i, 8, 8));
    await wait(() => { const c = cols(doc, "strokes"); return (c["xs"]!.length === 1 && near((c["xs"]![0] as number[]).at(-1), 8, 0.3)) || undefined; }, "the server gets the stroke");
    const xs = cols(doc, "strokes")["xs"]![0] as number[], ys = cols(doc, "strokes")["ys"]![0] as number[];
    expect(xs.length).toBeGreaterThan(3);
    expect(near(xs[0], 2, 0.3) && near(ys[0], 2, 0.3) && near(ys.at(-1), 8, 0.3)).toBe(true);
    await wait(async () => ((await page_cols(b.page, "strokes"))["xs"]!.length === 1) || undefined, "page B gets it");
  }, 120_000);

  it("LineEditTool: press on the line shows its points; a drag moves one along its dimensions (height)", async () => {
    const i = await info(a.page, "lineedit");
    await press(a.page, px(i, 3, 5));
    await wait(() => cols(doc, "inter")["x"]!.length === 3 || undefined, "the line's points are shown");
    await a.page.waitForTimeout(300);
    await drag(a.page, px(i, 9, 5), px(i, 8, 8));
    await wait(() => near(cols(doc, "line")["y"]![2], 8, 0.3) || undefined, "the last point moved up on the server");
    expect(cols(doc, "line")["x"]).toEqual([1, 5, 9]);
    await wait(async () => near((await page_cols(b.page, "line"))["y"]![2], 8, 0.3) || undefined, "and on page B");
  }, 120_000);

  it("RangeTool: dragging its box moves the linked x_range on the server and on page B", async () => {
    const i = await info(a.page, "select");
    await drag(a.page, px(i, 3, 5), px(i, 6, 5));
    const main_x = doc.get_model_by_name("main_x") as Range1d;
    await wait(() => (near(main_x.start, 5, 0.25) && near(main_x.end, 7, 0.25)) || undefined, "main's x_range follows the box");
    await wait(async () => { const m = await info(b.page, "main"); return (near(m.x_range![0], main_x.start, 0.01) && near(m.x_range![1], main_x.end, 0.01)) || undefined; }, "page B's main plot draws the new range");
    // page A's select plot draws the box where the range now is
    const shot = await Shot.take(a.page, SAVE ? `${SAVE}/edit-range-a.png` : undefined);
    const grey: [number, number, number] = [233, 233, 233];
    expect(shot.count_near(px(i, 6.5, 7).x, px(i, 6.5, 7).y, grey, 3, 12)).toBeGreaterThan(30);
    expect(shot.count_near(px(i, 3, 7).x, px(i, 3, 7).y, grey, 3, 12)).toBe(0);
  }, 120_000);

  it("navigation: poly select, zoom in/out, undo/redo, wheel pan, copy, fullscreen, help and the grey logo", async () => {
    const page = a.page;
    const i = await info(page, "nav");
    const nav = page.locator(".dash-plot").nth(8);
    const x_range = () => (doc.get_model_by_name("nav") as unknown as { x_range: Range1d }).x_range;

    // poly select: four taps around the middle dot, then a press closes the polygon and selects
    for (const [x, y] of [[4, 4], [6, 4], [6, 6], [4, 6]] as const) {
      await page.mouse.click(px(i, x, y).x, px(i, x, y).y);
      await page.waitForTimeout(350);
    }
    await press(page, px(i, 4, 5));
    const dots = doc.get_model_by_name("dots") as ColumnDataSource;
    await wait(() => (dots.selected.indices.length === 1 && dots.selected.indices[0] === 1) || undefined, "the middle dot is selected on the server");

    // zoom in by ZoomInTool's factor 0.1 about the centre, undo, redo, zoom out
    await nav.locator("button[title='Zoom In']").click();
    await wait(() => (near(x_range().start, 0.5, 0.01) && near(x_range().end, 9.5, 0.01)) || undefined, "zoomed in to 0.5..9.5");
    await wait(async () => (await nav.locator("button[title='Undo']").getAttribute("class"))?.includes("disabled") === false || undefined, "undo is enabled");
    expect(await nav.locator("button[title='Redo']").getAttribute("class")).toContain("disabled");
    await nav.locator("button[title='Undo']").click();
    await wait(() => (near(x_range().start, 0, 0.01) && near(x_range().end, 10, 0.01)) || undefined, "undo: back to 0..10");
    await nav.locator("button[title='Redo']").click();
    await wait(() => (near(x_range().start, 0.5, 0.01) && near(x_range().end, 9.5, 0.01)) || undefined, "redo: 0.5..9.5 again");
    await nav.locator("button[title='Zoom Out']").click();
    await wait(() => (near(x_range().start, 0.05, 0.01) && near(x_range().end, 9.95, 0.01)) || undefined, "zoom out by 1.1: 0.05..9.95");

    // wheel pan (dimension width): a wheel step down moves the range right by speed * delta of its span
    const before = [x_range().start, x_range().end] as const;
    const y_range = () => (doc.get_model_by_name("nav") as unknown as { y_range: Range1d }).y_range;
    const y_before = [y_range().start, y_range().end];
    await page.mouse.move(px(i, 5, 5).x, px(i, 5, 5).y);
    await page.mouse.wheel(0, 100);
    const span = before[1] - before[0];
    await wait(() => (near(x_range().start, before[0] + 0.1 * span, 0.02) && near(x_range().end, before[1] + 0.1 * span, 0.02)) || undefined, "wheel pan moved the x range by a tenth");
    expect([y_range().start, y_range().end]).toEqual(y_before);

    // copy, fullscreen and help call the browser APIs BokehJS calls
    await page.evaluate(() => {
      const rec: string[] = [];
      (window as unknown as { rec: string[] }).rec = rec;
      Object.defineProperty(navigator.clipboard, "write", { value: async (items: ClipboardItem[]) => { for (const it of items) rec.push(`copy ${it.types.join()} ${(await it.getType("image/png")).size}`); } });
      Element.prototype.requestFullscreen = async function (this: Element) { rec.push(`fullscreen ${this.className}`); };
      window.open = ((url?: string | URL) => { rec.push(`open ${String(url)}`); return null; }) as typeof window.open;
    });
    await nav.locator("button[title='Copy']").click();
    await nav.locator("button[title='Fullscreen']").click();
    await nav.locator(".dash-tool").last().click();
    const rec = await wait(async () => { const r = await page.evaluate(() => (window as unknown as { rec: string[] }).rec); return r.length === 3 ? r : undefined; }, "copy, fullscreen and help ran");
    const [copy, full, help] = [rec.find((r) => r.startsWith("copy"))!, rec.find((r) => r.startsWith("fullscreen"))!, rec.find((r) => r.startsWith("open"))!];
    expect(copy).toMatch(/^copy image\/png \d+$/);
    expect(Number(copy.split(" ")[2])).toBeGreaterThan(2000);
    expect(full).toContain("dash-plot");
    expect(help).toBe("open https://docs.bokeh.org/en/latest/docs/user_guide/interaction/tools.html");

    // the Bokeh logo links to bokeh.org; "grey" greys it; the default is in colour
    const logo = nav.locator("a.dash-logo");
    expect(await logo.getAttribute("href")).toBe("https://bokeh.org/");
    expect(await logo.getAttribute("class")).toContain("dash-logo-grey");
    expect(await logo.getAttribute("title")).toMatch(/^Bokeh 3\.10/);
    expect(await page.locator(".dash-plot").nth(0).locator("a.dash-logo").getAttribute("class")).toBe("dash-logo");
    // the icons are BokehJS's SVGs, drawn in the icon colour
    const shot = await Shot.take(page, SAVE ? `${SAVE}/edit-nav.png` : undefined);
    const box = await nav.locator("button[title='Zoom In'] svg").boundingBox();
    expect(shot.count_in({ x: box!.x, y: box!.y, w: box!.width, h: box!.height }, [0x77, 0x77, 0x77], 40)).toBeGreaterThan(15);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    // no local change was refused (the write policy and the models accept every tool's edit)
    expect([...a.console, ...b.console].filter((l) => l.includes("refused"))).toEqual([]);
  }, 150_000);
});
