/**
 * Drawing details where Dash's client follows BokehJS 3.10 (apps/fidelity.ts), in headless Chromium:
 * negative tick labels with the Unicode minus, grid lines in a dimension without an axis, and a
 * color=None glyph showing its selected points in selection_color; a click on a slider's track moves it;
 * HoverTool mode vline/hline.
 */
import { describe, expect, it } from "vitest";
import type { Model } from "@dash/server";
import * as fidelity from "./apps/fidelity.ts";
import * as scatter from "./apps/scatter.ts";
import * as hover_span from "./apps/hover_span.ts";
import { PTS, SELECTED } from "./apps/fidelity.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser, use_server } from "./helpers.ts";

const browser = use_browser();
const srv = use_server({ fidelity, scatter, hover_span });

const GRID_RGB = [229, 229, 229] as const; // Grid.grid_line_color #e5e5e5
const RED_RGB = [255, 0, 0] as const;

describe("drawing as BokehJS draws", () => {
  it("tick labels use the Unicode minus; an axis-less dimension keeps its grid; color=None shows selected points in selection_color", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("fidelity"), 90_000);
    const info = await plot_info(w.page);
    // y axis -5..5: labels "−4", "−2", "0", ... with U+2212, never a hyphen
    expect(info.texts).toEqual(expect.arrayContaining(["\u22124", "\u22122", "0", "2", "4"]));
    expect(info.texts.filter((t) => t.includes("-"))).toEqual([]);
    const shot = await Shot.take(w.page, process.env.DASH_BROWSER_SHOTS ? `${process.env.DASH_BROWSER_SHOTS}/dash-fidelity.png` : undefined);
    // x_axis_location=None: no x axis, but vertical grid lines at x = 2, 4, 6, 8 (between the y grid lines)
    for (const x of [4, 6]) {
      const p = to_page(info, x, -1);
      expect(shot.count_near(p.x, p.y, GRID_RGB, 1, 10), `grid line at x=${x}`).toBeGreaterThan(0);
    }
    const between = to_page(info, 5, -1);
    expect(shot.count_near(between.x, between.y, GRID_RGB, 1, 10), "no grid line at x=5").toBe(0);
    // color=None: the selected point is drawn in selection_color, the others not at all
    for (let i = 0; i < PTS.x.length; i++) {
      const p = to_page(info, PTS.x[i]!, PTS.y[i]!);
      if (i === SELECTED) expect(shot.count_near(p.x, p.y, RED_RGB), "selected point").toBeGreaterThan(20);
      else expect(shot.count_near(p.x, p.y, RED_RGB, 6), `unselected point ${i}`).toBe(0);
    }
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);

  it("a click on a slider's track (off the handle) moves the handle there, as noUiSlider does", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("scatter"), 90_000);
    const slider = srv.doc("scatter").get_model_by_name("shift") as Model & { value: number; value_throttled: number | null };
    expect(slider.value).toBe(0);
    // shift: start 0, end 4, step 1; three quarters along the track is 3
    const track = (await w.page.locator(".dash-slider-track").first().boundingBox())!;
    await w.page.mouse.click(track.x + 8 + (track.width - 16) * 0.74, track.y + track.height / 2);
    await until(() => slider.value === 3 && slider.value_throttled === 3, "slider.value === 3 on the server");
    expect(await w.page.locator(".dash-slider-value").first().textContent()).toBe("3");
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);

  it("HoverTool mode vline shows every point in the pointer's column, hline every point in its row", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("hover_span"), 90_000);
    const tip_text = async (plot: number, x: number, y: number): Promise<string> => {
      const info = await plot_info(w.page, plot);
      const p = to_page(info, x, y);
      await w.page.mouse.move(p.x - 15, p.y - 15);
      await w.page.mouse.move(p.x, p.y, { steps: 3 });
      const tip = w.page.locator(".dash-tooltip").nth(plot);
      await tip.waitFor({ state: "visible", timeout: 10_000 });
      return (await tip.innerText()).replace(/\s+/g, " ");
    };
    // (2, 5) is empty space: vline finds both points at x=2, neither the one at x=6
    const v = await tip_text(0, 2, 5);
    expect(v).toContain("name: low");
    expect(v).toContain("name: high");
    expect(v).not.toContain("name: mid");
    // (8, 5): hline finds the point at y=5 only
    const h = await tip_text(1, 8, 5);
    expect(h).toContain("name: mid");
    expect(h).not.toContain("name: low");
    expect(h).not.toContain("name: high");
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);

  it("a legend marker of a data-driven size is drawn at BokehJS's one size (0.4 of the 20 px glyph box)", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("hover_span"), 90_000);
    const info = await plot_info(w.page, 0);
    expect(info.texts).toContain("points");
    const shot = await Shot.take(w.page);
    // the legend sits top right of the frame; no data point is there
    const f = frame_on_page(info);
    const box = { x: f.x + f.w * 0.6, y: f.y, w: f.w * 0.4, h: f.h * 0.2 };
    const blue = shot.centroid_in(box, [0x1f, 0x77, 0xb4], 30);
    expect(blue, "legend marker").not.toBeNull();
    // an 8 px disc covers ~50 px; the data's first size (30 px, capped at 12 before) covered 113 or more
    const ink = shot.count_near(blue!.x, blue!.y, [0x1f, 0x77, 0xb4], 8, 30);
    expect(ink).toBeGreaterThan(30);
    expect(ink).toBeLessThan(80);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 120_000);
});
