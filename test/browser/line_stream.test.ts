/**
 * Streaming into a solid Line on WebGL, end to end in headless Chromium (apps/line_stream.ts):
 * the line's points live in GPU buffers; ColumnsStreamed with rollover appends to them (and
 * shifts out the rolled-off points) instead of rebuilding the glyph, the line is drawn where the
 * data says, breaks at NaN, hit tests and draws its legend entry; a ColumnsPatched rewrites the
 * touched point in place; a pan still moves the line.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { Model } from "@dash/server";
import * as line_stream from "./apps/line_stream.ts";
import { INITIAL, ROLLOVER, TOTAL, y_of } from "./apps/line_stream.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser, type PlotInfo, use_server } from "./helpers.ts";

const SAVE = process.env.DASH_BROWSER_SHOTS;
const shot_path = (name: string): string | undefined => (SAVE ? `${SAVE}/dash-browser-${name}.png` : undefined);

const RED = [0xd6, 0x27, 0x28] as const;
const browser = use_browser();
const srv = use_server({ line_stream });

/** The line's colour within 2 px of where data point x must land. */
function line_at(shot: Shot, info: PlotInfo, x: number): number {
  const p = to_page(info, x, y_of(x));
  return shot.count_near(p.x, p.y, RED, 2, 60);
}

/** The server-side source of the newest session. */
function server_source(): Model & { patch(p: Record<string, Array<[number, number]>>): void } {
  const m = srv.doc("line_stream").get_model_by_name("live");
  if (m === null) throw new Error("no source named live");
  return m as Model & { patch(p: Record<string, Array<[number, number]>>): void };
}

/** First and last x of the page's replica of the source. */
function client_xs(page: Page): Promise<[number, number, number]> {
  return page.evaluate(() => {
    type D = { get_model_by_name(n: string): { data: Record<string, ArrayLike<number>> } | null };
    const dash = (window as unknown as { Dash: { embedded: Array<{ document: D }> } }).Dash;
    const x = dash.embedded[0]!.document.get_model_by_name("live")!.data["x"]!;
    return [x.length, x[0]!, x[x.length - 1]!];
  });
}

/** Indices the plot's hit test reports at data point (x, y_of(x)) (the hover tool's query). */
function hit_at(page: Page, info: PlotInfo, x: number): Promise<number[]> {
  const f = info.frame, [x0, x1] = info.x_range!, [y0, y1] = info.y_range!;
  const sx = f.x + ((x - x0) / (x1 - x0)) * f.w, sy = f.y + f.h - ((y_of(x) - y0) / (y1 - y0)) * f.h;
  return page.evaluate(([sx, sy]) => {
    type PV = { hit(sx: number, sy: number): Array<{ indices: number[] }> };
    const dash = (window as unknown as { Dash: { embedded: Array<{ view: { plots(): PV[] } }> } }).Dash;
    return dash.embedded[0]!.view.plots()[0]!.hit(sx, sy).flatMap((h) => h.indices);
  }, [sx, sy] as const);
}

describe("a streaming WebGL line", () => {
  it("appends streamed rows to its GPU buffers, rolls the old ones off, breaks at NaN, hit tests, and pans", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("line_stream"));
    const first = await plot_info(w.page);
    expect(first.renderer).toBe("webgl");
    expect(first.gpu_glyphs).toBe(1); // the line took the GPU path
    expect(first.glyph_builds).toBe(1);
    expect(first.texts).toContain("live");

    // the initial rows: drawn, broken by the NaN run at 140..159
    let shot = await Shot.take(w.page, shot_path("line-initial"));
    for (const x of [20, 100, 135, 165, 190]) expect(line_at(shot, first, x), `initial point x=${x}`).toBeGreaterThan(4);
    const gap = to_page(first, 150, Math.sin(150 / 80));
    expect(shot.count_near(gap.x, gap.y, RED, 3, 60), "no line across the NaN gap").toBe(0);
    expect(await hit_at(w.page, first, 100)).toEqual([100]);
    // the legend entry's line (top right; the curve never gets there)
    const f = frame_on_page(first);
    const legend = { x: f.x + f.w - 160, y: f.y + 2, w: 158, h: 40 };
    expect(shot.count_in(legend, RED, 60), "the legend's line").toBeGreaterThan(10);

    // stream: 100 rows every 50 ms up to x = 999, rollover 500
    await w.page.getByRole("button", { name: "stream" }).click();
    await until(async () => {
      const [n, x0, x1] = await client_xs(w.page);
      return n === ROLLOVER && x0 === TOTAL - ROLLOVER && x1 === TOTAL - 1;
    }, `the client to hold x = ${TOTAL - ROLLOVER}..${TOTAL - 1}`);
    const streamed = await until(async () => {
      const info = await plot_info(w.page);
      shot = await Shot.take(w.page, shot_path("line-streamed"));
      return info.glyph_appends >= 2 && line_at(shot, info, TOTAL - 10) > 4 ? info : null;
    }, "the last streamed rows on screen");
    // streams were appended to the line's buffers, never a rebuild
    expect(streamed.glyph_builds).toBe(first.glyph_builds);
    expect(streamed.glyph_appends).toBeGreaterThan(first.glyph_appends);
    expect(streamed.gpu_glyphs).toBe(1);
    for (const x of [TOTAL - ROLLOVER + 10, 600, 750, 900, TOTAL - 10]) expect(line_at(shot, streamed, x), `streamed point x=${x}`).toBeGreaterThan(4);
    // rolled off: the initial rows and the first streamed ones are gone from the screen
    for (const x of [20, 100, 190, INITIAL + 150, TOTAL - ROLLOVER - 20]) expect(line_at(shot, streamed, x), `rolled-off point x=${x}`).toBe(0);
    expect(await hit_at(w.page, streamed, 750)).toEqual([750 - (TOTAL - ROLLOVER)]);
    expect(await hit_at(w.page, streamed, 100)).toEqual([]);

    // a ColumnsPatched moves one point (x = 800 up to y = 1.3): rewritten in place, drawn there
    server_source().patch({ y: [[800 - (TOTAL - ROLLOVER), 1.3]] });
    await until(async () => (await plot_info(w.page)).glyph_patches >= 1, "the patch to reach the line");
    await until(async () => {
      const p = to_page(streamed, 800, 1.3);
      return (await Shot.take(w.page)).count_near(p.x, p.y, RED, 2, 60) > 4;
    }, "the patched point at its new place");
    expect((await plot_info(w.page)).glyph_builds).toBe(first.glyph_builds);

    // a pan (drag right and down) moves the line with the ranges, still without a rebuild
    const c = to_page(streamed, 500, 0);
    await w.page.mouse.move(c.x, c.y);
    await w.page.mouse.down();
    for (let i = 1; i <= 4; i++) await w.page.mouse.move(c.x + i * 20, c.y + i * 10);
    await w.page.mouse.up();
    const [x0, x1] = streamed.x_range!;
    const want = x0 - (80 / streamed.frame.w) * (x1 - x0);
    const panned = await until(async () => {
      const info = await plot_info(w.page);
      return Math.abs(info.x_range![0] - want) < 0.5 ? info : null;
    }, `the pan to reach the plot's x range (start ${want})`);
    const moved = await until(async () => {
      shot = await Shot.take(w.page, shot_path("line-panned"));
      return line_at(shot, panned, 750) > 4 ? shot : null;
    }, "the line at its panned place");
    const old = to_page(streamed, 750, y_of(750)), now = to_page(panned, 750, y_of(750));
    expect(now.x - old.x).toBeCloseTo(80, 0);
    expect(now.y - old.y).toBeCloseTo(40, 0);
    expect(moved.count_near(old.x, old.y, RED, 2, 60), "nothing left at the unpanned place").toBe(0);
    expect((await plot_info(w.page)).glyph_builds).toBe(first.glyph_builds);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
