/**
 * End to end in headless Chromium against a real in-process Dash server (apps/scatter.ts):
 * glyph colours where known data points must land, tick labels and legend entries, the canvas
 * fallback drawing the same plot, a slider drag running the server's on_change, a pan syncing
 * x_range to the server (at most one PATCH-DOC per animation frame), hover tooltips, no console errors.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Document, Model } from "@dash/server";
import * as scatter from "./apps/scatter.ts";
import { RED, BLUE } from "./apps/scatter.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser, type PlotInfo, use_server } from "./helpers.ts";

const SAVE = process.env.DASH_BROWSER_SHOTS; // e.g. /tmp: save screenshots to look at
const shot_path = (name: string): string | undefined => (SAVE ? `${SAVE}/dash-browser-${name}.png` : undefined);

const browser = use_browser();
const srv = use_server({ scatter });

/** The server-side document of the newest session of `app`. */
function server_doc(app = "scatter"): Document {
  return srv.doc(app);
}
function model(doc: Document, name: string): Model & Record<string, unknown> {
  const m = doc.get_model_by_name(name);
  if (m === null) throw new Error(`no model named ${name}`);
  return m as Model & Record<string, unknown>;
}

const RED_RGB = [255, 0, 0] as const;
const BLUE_RGB = [0, 0, 255] as const;
const WHITE_RGB = [255, 255, 255] as const;

function check_points(shot: Shot, info: PlotInfo, dy = 0): void {
  for (let i = 0; i < RED.x.length; i++) {
    const p = to_page(info, RED.x[i]!, RED.y[i]! + dy);
    expect(shot.count_near(p.x, p.y, RED_RGB), `red point ${i} at ${p.x},${p.y}`).toBeGreaterThan(30);
  }
  for (let i = 0; i < BLUE.x.length; i++) {
    const p = to_page(info, BLUE.x[i]!, BLUE.y[i]!);
    expect(shot.count_near(p.x, p.y, BLUE_RGB), `blue point ${i}`).toBeGreaterThan(30);
  }
  // and an empty spot stays background
  const empty = to_page(info, 5, 1);
  expect(shot.count_near(empty.x, empty.y, WHITE_RGB, 2, 10)).toBeGreaterThan(20);
}

describe("scatter app in the browser", () => {
  it("draws glyphs where the data lands, tick labels and legend entries (WebGL), without console errors", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("scatter"));
    const info = await plot_info(w.page);
    expect(info.renderer).toBe("webgl");
    expect(info.x_range).toEqual([0, 10]);
    const shot = await Shot.take(w.page, shot_path("scatter-webgl"));
    check_points(shot, info);
    // tick labels of both axes and the title are in the scene
    for (const t of ["0", "2", "4", "6", "8", "10", "scatter"]) expect(info.texts).toContain(t);
    expect(info.texts.filter((t) => t === "10")).toHaveLength(2);
    // legend entries, and ink where the legend sits (top right of the frame)
    expect(info.texts).toEqual(expect.arrayContaining(["reds", "blues"]));
    const f = frame_on_page(info);
    const legend_box = { x: f.x + f.w * 0.7, y: f.y, w: f.w * 0.3, h: f.h * 0.25 };
    expect(shot.count_in(legend_box, RED_RGB)).toBeGreaterThan(20);
    expect(shot.count_in(legend_box, BLUE_RGB)).toBeGreaterThan(20);
    // tick labels are drawn: dark pixels below the frame
    expect(shot.count_in({ x: f.x, y: f.y + f.h + 8, w: f.w, h: 14 }, [68, 68, 68], 90)).toBeGreaterThan(20);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });

  it("renders the same plot with the canvas fallback (?renderer=canvas)", async () => {
    const a = await browser.new_page();
    await open_app(a, srv.url("scatter"));
    const b = await browser.new_page();
    await open_app(b, `${srv.url("scatter")}?renderer=canvas`);
    const ia = await plot_info(a.page), ib = await plot_info(b.page);
    expect(ib.renderer).toBe("canvas");
    expect(ib.frame).toEqual(ia.frame);
    expect(ib.texts).toEqual(ia.texts);
    const sa = await Shot.take(a.page), sb = await Shot.take(b.page, shot_path("scatter-canvas"));
    check_points(sb, ib);
    // same colours at each point centre, in both backends
    for (let i = 0; i < RED.x.length; i++) {
      const p = to_page(ib, RED.x[i]!, RED.y[i]!);
      expect(sb.rgb(p.x, p.y)).toEqual(sa.rgb(p.x, p.y));
    }
    expect([...a.errors, ...b.errors]).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });

  it("a slider drag runs the server's on_change and the plot changes", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("scatter"));
    const doc = server_doc();
    const slider = model(doc, "shift");
    const info0 = await plot_info(w.page);
    const input = w.page.locator("input[type=range]").first();
    const box = (await input.boundingBox())!;
    const y = box.y + box.height / 2;
    await w.page.mouse.move(box.x + 6, y);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width * 0.55, y, { steps: 5 });
    await w.page.mouse.move(box.x + box.width + 20, y, { steps: 5 });
    await w.page.mouse.up();
    await until(() => slider.value === 4, "slider.value === 4 on the server");
    // the server's on_change replaced red.data; wait for the client to draw it
    await until(async () => {
      const ys = await w.page.evaluate(() => {
        type D = { get_model_by_name(n: string): { data: Record<string, ArrayLike<number>> } | null };
        const dash = (window as unknown as { Dash: { embedded: Array<{ document: D }> } }).Dash;
        return Array.from(dash.embedded[0]!.document.get_model_by_name("red")!.data["y"]!);
      });
      return ys[0] === RED.y[0]! + 4;
    }, "the moved points in the client");
    await until(async () => (await plot_info(w.page)).frames > info0.frames, "a new frame");
    const info = await plot_info(w.page);
    const shot = await Shot.take(w.page, shot_path("scatter-slider"));
    // the middle red point moved from (5, 5) to (5, 9)
    const moved = to_page(info, 5, 9), old = to_page(info, 5, 5);
    expect(shot.count_near(moved.x, moved.y, RED_RGB)).toBeGreaterThan(30);
    expect(shot.count_near(old.x, old.y, RED_RGB)).toBe(0);
    expect(w.errors).toEqual([]);
    slider.value = 0; // back for the other tests (the session is new per page anyway)
    await w.page.context().close();
  });

  it("a pan changes x_range on the server, with at most one PATCH-DOC per animation frame", async () => {
    const w = await browser.new_page();
    // count animation frames and PATCH-DOC messages the page sends
    await w.page.addInitScript(() => {
      const g = window as unknown as { __raf: number };
      g.__raf = 0;
      const tick = (): void => { g.__raf++; requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    const patches: number[] = [];
    w.page.on("websocket", (ws) => ws.on("framesent", (f) => {
      if (typeof f.payload === "string" && f.payload.includes('"msgtype":"PATCH-DOC"')) patches.push(Date.now());
    }));
    await open_app(w, srv.url("scatter"));
    const doc = server_doc();
    const x_range = model(doc, "x_range");
    const info = await plot_info(w.page);
    const raf = (p: Page) => p.evaluate(() => (window as unknown as { __raf: number }).__raf);
    const a = to_page(info, 5, 5);
    const n0 = patches.length, f0 = await raf(w.page);
    await w.page.mouse.move(a.x, a.y);
    await w.page.mouse.down();
    // 40 pointer moves, several per frame: the plot follows each, the server gets one update per frame
    for (let i = 1; i <= 40; i++) await w.page.mouse.move(a.x - i * 3, a.y);
    await w.page.mouse.up();
    const dx_data = (120 / info.frame.w) * 10; // 120 px to the left = the view moves right
    await until(() => Math.abs(Number(x_range.start) - dx_data) < 0.05 && Math.abs(Number(x_range.end) - (10 + dx_data)) < 0.05, `server x_range ≈ [${dx_data}, ${10 + dx_data}] (is [${String(x_range.start)}, ${String(x_range.end)}])`);
    const frames = (await raf(w.page)) - f0;
    const sent = patches.length - n0;
    expect(sent).toBeGreaterThan(0);
    expect(sent).toBeLessThanOrEqual(frames + 1);
    expect(sent).toBeLessThan(40);
    // the view moved: red (5, 5) now lands 120 px to the left of where it was
    const after = await plot_info(w.page);
    const shot = await Shot.take(w.page, shot_path("scatter-panned"));
    const p = to_page(after, 5, 5);
    expect(Math.abs(p.x - (a.x - 120))).toBeLessThan(1.5);
    expect(shot.count_near(p.x, p.y, RED_RGB)).toBeGreaterThan(30);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });

  it("hover shows the tooltip with the values of the point under the pointer", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("scatter"));
    const info = await plot_info(w.page);
    const p = to_page(info, RED.x[1]!, RED.y[1]!);
    await w.page.mouse.move(p.x - 20, p.y - 20);
    await w.page.mouse.move(p.x, p.y, { steps: 3 });
    const tip = w.page.locator(".dash-tooltip");
    await tip.waitFor({ state: "visible", timeout: 5000 });
    const text = (await tip.innerText()).replace(/\s+/g, " ");
    expect(text).toContain("name: b");
    expect(text).toContain("x: 5");
    expect(text).toContain("y: 5");
    await Shot.take(w.page, shot_path("scatter-hover"));
    // away from the points the tooltip hides
    const empty = to_page(info, 5, 1);
    await w.page.mouse.move(empty.x, empty.y, { steps: 3 });
    await tip.waitFor({ state: "hidden", timeout: 5000 });
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
