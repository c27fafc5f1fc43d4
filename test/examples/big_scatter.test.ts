import { describe, expect, it } from "vitest";
import { frame_of, hex, mapper, open_app, plot_box, shot, until, use_browser, type Shot, use_example } from "./helpers.ts";

const DENSE = hex("#1f77b4"); // many overlapping points at alpha 0.1 saturate to the glyph colour

describe("examples/big_scatter.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("big_scatter");

  it("draws 1,000,000 points; the wheel zooms them (one redraw: each is slow under software GL)", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    await expect(page.locator(".dash-div").first().textContent()).resolves.toContain("Drag to pan");
    const canvas = await plot_box(page);
    const s0 = await shot(page, "big-initial");
    const frame = frame_of(s0, canvas);
    const at = mapper(frame, -12, 12, -12, 12);
    // cluster centres are dense, the corners are empty
    for (const [x, y] of [[-5, -5], [5, 5], [-5, 5], [5, -5], [0, 0]] as const) expect(s0.near(...at(x, y), DENSE, 2, 40)).toBe(true);
    expect(s0.near(...at(-11, 11), DENSE, 2, 40)).toBe(false);

    // zoom in: most of the frame changes (clusters spread out, the axes relabel)
    const changed = (s: Shot): number => {
      let n = 0, all = 0;
      for (let y = frame.y; y < frame.y + frame.h; y += 4) {
        for (let x = frame.x; x < frame.x + frame.w; x += 4) {
          const a = s0.at(x, y), b = s.at(x, y);
          all++;
          if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 60) n++;
        }
      }
      return n / all;
    };
    await page.mouse.move(...at(0, 0));
    await page.mouse.wheel(0, -400);
    await until(async () => changed(await shot(page, "big-zoomed")) > 0.2, "a zoomed-in view", 30_000);
    expect(errors).toEqual([]);
  }, 60_000);
});
