/**
 * Issue 14 glyphs and annotations, group 1 (apps/glyphs_more.ts), in headless Chromium: one page
 * load, pixels read back at known data positions for each glyph and annotation (colours where each
 * must draw and where it must not), then hit testing (hover) on the glyphs BokehJS hit-tests.
 * The same document under ?client=bokehjs draws these the same (compared by eye, see the report).
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import * as glyphs_more from "./apps/glyphs_more.ts";
import { ARROWS, C, HEAD_SIZE } from "./apps/glyphs_more.ts";
import { Shot, open_app, plot_info, to_page, use_browser, use_server, type PlotInfo } from "./helpers.ts";

const browser = use_browser();
const srv = use_server({ glyphs_more });

const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

/** Names (the sources' `name` column) of the rows plot `index` hits at data point (x, y). */
function hits(page: Page, info: PlotInfo, index: number, x: number, y: number): Promise<string[]> {
  const p = to_page(info, x, y);
  return page.evaluate(({ index, sx, sy }) => {
    type Hit = { source: { attrs: { data: { name: string[] } } } | null; indices: number[] };
    type PV = { hit(sx: number, sy: number): Hit[] };
    const dash = (window as unknown as { Dash: { embedded: Array<{ view: { plots(): PV[] } }> } }).Dash;
    return dash.embedded[0]!.view.plots()[index]!.hit(sx, sy).flatMap((h) => h.indices.map((i) => h.source!.attrs.data.name[i]!)).sort();
  }, { index, sx: p.x - info.canvas.x, sy: p.y - info.canvas.y });
}

describe("glyphs and annotations drawn as BokehJS draws them", () => {
  it("draws each glyph and annotation where its data puts it, and hit-tests the glyphs", async () => {
    const w = await browser.new_page();
    await w.page.setViewportSize({ width: 500, height: 1300 }); // the three 400 px plots in one screenshot
    await open_app(w, srv.url("glyphs_more"), 90_000);
    const infos = await Promise.all([0, 1, 2].map((i) => plot_info(w.page, i)));
    const shot = await Shot.take(w.page, process.env.DASH_BROWSER_SHOTS ? `${process.env.DASH_BROWSER_SHOTS}/dash-glyphs_more.png` : undefined);
    const bad: string[] = [];
    /** Pixels within `r` px (default 1) of data point (x, y) of plot `p` in `color`: `want` says whether there must be some. */
    const at = (p: number, what: string, x: number, y: number, color: string, want: boolean, dx = 0, dy = 0, r = 1): void => {
      const q = to_page(infos[p]!, x, y);
      const n = shot.count_near(q.x + dx, q.y + dy, rgb(color), r, 40);
      if ((n > 0) !== want) bad.push(`${what} at (${x}, ${y})${dx || dy ? ` + (${dx}, ${dy}) px` : ""}: ${want ? "missing" : "unexpected"} ${color}`);
    };
    // plot 0: shapes
    at(0, "ellipse centre", 2, 8, C.ellipse, true);
    at(0, "ellipse along its 3-wide axis", 3.3, 8, C.ellipse, true);
    at(0, "ellipse beyond its 1.5-high axis", 2, 8.9, C.ellipse, false);
    at(0, "ngon top vertex", 5, 8.9, C.ngon, true);
    at(0, "ngon beyond its vertical side", 5.95, 8, C.ngon, false);
    at(0, "annulus ring", 8.7, 8, C.annulus, true);
    at(0, "annulus hole", 8, 8, C.annulus, false);
    at(0, "annular wedge at 45°", 2 + 0.75 * Math.SQRT1_2, 5 + 0.75 * Math.SQRT1_2, C.annular_wedge, true);
    at(0, "annular wedge at 135° (outside 0..90 deg)", 2 - 0.75 * Math.SQRT1_2, 5 + 0.75 * Math.SQRT1_2, C.annular_wedge, false);
    at(0, "arc top", 5, 6, C.arc, true);
    at(0, "arc bottom (not swept)", 5, 4, C.arc, false);
    at(0, "bezier at t=0.5", 8.25, 5.5, C.bezier, true);
    at(0, "bezier's control polygon", 7, 5.5, C.bezier, false);
    at(0, "quadratic at t=0.5", 2.5, 2, C.quadratic, true);
    at(0, "block", 6.25, 1.75, C.block, true);
    at(0, "left of the block", 5.4, 1.75, C.block, false);
    // plot 1: stepped areas, spans and strips
    at(1, "varea_step 'after' level 2 on [0.5, 1.5]", 1, 1.5, C.varea_step, true);
    at(1, "varea_step above level 2", 1, 3, C.varea_step, false);
    at(1, "varea_step level 4 on [1.5, 2.5]", 2, 3.5, C.varea_step, true);
    at(1, "varea_step above level 3 on [2.5, 3.5]", 3, 3.5, C.varea_step, false);
    at(1, "harea_step 'before' level 4 on [5.5, 6.5]", 3.5, 6, C.harea_step, true);
    at(1, "harea_step right of level 3", 3.5, 7, C.harea_step, false);
    at(1, "hspan", 8, 5, C.hspan, true);
    at(1, "vspan", 6, 2, C.vspan, true);
    at(1, "beside the vspan", 6.5, 2, C.vspan, false);
    at(1, "hstrip", 7, 9.5, C.hstrip, true);
    at(1, "vstrip", 9.5, 3, C.vstrip, true);
    // plot 2: annotations
    at(2, "band", 3, 3, C.band, true);
    at(2, "below the band's lower edge", 3, 1.6, C.band, false);
    at(2, "whisker body", 9, 3, C.whisker, true);
    at(2, "whisker upper tee head", 9, 4, C.whisker, true, 5, 0);
    at(2, "beside the whisker body", 9, 3, C.whisker, false, 5, 0);
    const back = Math.round(0.7 * HEAD_SIZE), half = HEAD_SIZE / 2;
    at(2, "NormalHead filled", 4, ARROWS.NormalHead, C.arrow, true, -back, -Math.round(0.25 * HEAD_SIZE));
    at(2, "OpenHead open inside", 4, ARROWS.OpenHead, C.arrow, false, -back, -Math.round(0.18 * HEAD_SIZE));
    at(2, "OpenHead arm", 4, ARROWS.OpenHead, C.arrow, true, -back, -Math.round(0.35 * HEAD_SIZE));
    // the one pixel midway between the body (±1 px) and the arm's inner edge (~6 px): a half-pixel shift of the frame must not matter
    at(2, "VeeHead notch open", 4, ARROWS.VeeHead, C.arrow, false, -Math.round(0.9 * HEAD_SIZE), -Math.round(0.25 * HEAD_SIZE), 0);
    at(2, "TeeHead bar", 4, ARROWS.TeeHead, C.arrow, true, 0, -(half - 2));
    at(2, "no TeeHead bar on the OpenHead", 4, ARROWS.OpenHead, C.arrow, false, 0, -(half - 2));
    expect(bad).toEqual([]);
    // ScaleBar (location bottom_right): 0.2 of the 10 m range is 2 m, drawn as BokehJS's next preferred length, 5 m: half the frame
    expect(infos[2]!.texts).toContain("5 m");
    const f = infos[2]!;
    const bar = shot.count_in({ x: f.canvas.x + f.frame.x + f.frame.w * 0.4, y: f.canvas.y + f.frame.y + f.frame.h - 60, w: f.frame.w * 0.6, h: 50 }, [0, 0, 0], 60);
    expect(bar).toBeGreaterThan(f.frame.w * 0.45); // a 2 px bar half the frame long (label glyphs add a few)
    expect(bar).toBeLessThan(f.frame.w * 1.6);

    // hit testing (what hover and tap use)
    expect(await hits(w.page, infos[0]!, 0, 3.3, 8)).toEqual(["ellipse"]);
    expect(await hits(w.page, infos[0]!, 0, 2, 8.9)).toEqual([]);
    expect(await hits(w.page, infos[0]!, 0, 8.7, 8)).toEqual(["annulus"]);
    expect(await hits(w.page, infos[0]!, 0, 8, 8)).toEqual([]);
    expect(await hits(w.page, infos[0]!, 0, 5, 8.9)).toEqual(["ngon"]);
    expect(await hits(w.page, infos[0]!, 0, 6.25, 1.75)).toEqual(["block"]);
    expect(await hits(w.page, infos[0]!, 0, 2.5, 5.5)).toEqual(["annular_wedge"]);
    expect(await hits(w.page, infos[0]!, 0, 1.5, 5.5)).toEqual([]);
    expect(await hits(w.page, infos[1]!, 1, 2, 1)).toEqual(["varea_step1"]);
    expect(await hits(w.page, infos[1]!, 1, 1, 6)).toEqual(["harea_step1"]);
    expect(await hits(w.page, infos[1]!, 1, 7, 9.5)).toEqual(["hstrip"]);
    // and the pointer: hovering the ellipse shows its tooltip
    const p = to_page(infos[0]!, 2.5, 8);
    await w.page.mouse.move(p.x - 10, p.y - 10);
    await w.page.mouse.move(p.x, p.y, { steps: 3 });
    const tip = w.page.locator(".dash-tooltip").first();
    await tip.waitFor({ state: "visible", timeout: 10_000 });
    expect((await tip.innerText()).replace(/\s+/g, " ")).toContain("name: ellipse");
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);
});
