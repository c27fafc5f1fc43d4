import { describe, expect, it } from "vitest";
import { frame_of, mapper, open_app, plot_box, set_slider, shot, until, use_browser, type RGB, use_example } from "./helpers.ts";

// line_color #1f77b4 at line_alpha 0.6 over white
const LINE: RGB = [121, 173, 210];

describe("examples/sliders.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("sliders");

  it("draws the sine wave; the offset slider and the title input change it on the server", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    for (const t of ["offset:", "amplitude:", "phase:", "frequency:"]) await expect(page.locator(".dash-slider", { hasText: t }).count()).resolves.toBe(1);
    await expect(page.locator(".dash-textinput input").inputValue()).resolves.toBe("my sine wave");

    const canvas = await plot_box(page);
    let s = await shot(page, "sliders-initial");
    const frame = frame_of(s, canvas);
    const at = mapper(frame, 0, 4 * Math.PI, -2.5, 2.5);
    expect(s.near(...at(Math.PI / 2, 1), LINE)).toBe(true);           // first crest
    expect(s.near(...at((3 * Math.PI) / 2, -1), LINE)).toBe(true);    // first trough
    expect(s.near(...at(Math.PI / 2, 2), LINE)).toBe(false);

    // the server recomputes y = sin(x) + 1 and the browser redraws it
    await set_slider(page, "offset", 1);
    await expect(page.locator(".dash-slider", { hasText: "offset:" }).locator(".dash-slider-value").textContent()).resolves.toBe("1");
    await until(async () => (s = await shot(page, "sliders-offset")).near(...at(Math.PI / 2, 2), LINE), "the crest at y = 2");
    expect(s.near(...at((3 * Math.PI) / 2, 0), LINE)).toBe(true);
    expect(s.near(...at((3 * Math.PI) / 2, -1), LINE, 2)).toBe(false);

    // the title input sets the plot's Title.text (drawn in the canvas: more ink above the frame)
    const title_box = { x: frame.x, y: canvas.y, w: frame.w, h: frame.y - canvas.y };
    const ink = (sh: typeof s) => sh.count([68, 68, 68], title_box, 60);
    const before = ink(s);
    await page.locator(".dash-textinput input").fill("a much longer title for the sine wave");
    await page.locator(".dash-textinput input").press("Enter");
    await until(async () => ink(await shot(page, "sliders-title")) > before * 1.5, "a longer plot title");

    expect(errors).toEqual([]);
  });
});
