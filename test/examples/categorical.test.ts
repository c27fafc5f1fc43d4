import { describe, expect, it } from "vitest";
import { COUNTS, FRUITS } from "../../examples/categorical.ts";
import { frame_of, hex, open_app, plot_box, shot, until, use_browser, use_example } from "./helpers.ts";

const BRIGHT6 = ["#4477aa", "#ee6677", "#228833", "#ccbb44", "#66ccee", "#aa3377"].map(hex);
const YEAR_COLORS = ["#c9d9d3", "#718dbf", "#e84d60"].map(hex);

describe("examples/categorical.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("categorical");

  it("draws factor-range bars, stacked hbars and legends; the year buttons swap the data", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    const bars_canvas = await plot_box(page, 0), stacked_canvas = await plot_box(page, 1);
    let s = await shot(page, "categorical-initial");
    const f = frame_of(s, bars_canvas);
    // vbar: factor i is centred at (i + 0.5) / 6 of the frame; y range [0, 10]
    const bx = (i: number) => f.x + ((i + 0.5) / FRUITS.length) * f.w;
    const by = (v: number) => f.y + f.h * (1 - v / 10);
    COUNTS["2017"]!.forEach((c, i) => {
      expect(s.near(bx(i), by(c - 0.5), BRIGHT6[i]!, 2, 30)).toBe(true);   // inside the bar
      expect(s.near(bx(i), by(c + 0.5), BRIGHT6[i]!, 2, 30)).toBe(false);  // above it
    });
    // legend swatches: the bars' colours also appear in the legend (top left), Strawberries' only there
    const legend_box = { x: f.x, y: f.y, w: f.w * 0.4, h: f.h * 0.6 };
    expect(s.count(BRIGHT6[5]!, legend_box, 20)).toBeGreaterThan(20);

    // stacked hbar: each fruit's row shows the three year colours; x range [0, 16]
    const g = frame_of(s, stacked_canvas);
    const hx = (v: number) => g.x + (v / 16) * g.w;
    const hy = (i: number) => g.y + g.h * (1 - (i + 0.5) / FRUITS.length);
    FRUITS.forEach((_, i) => {
      let left = 0;
      ["2015", "2016", "2017"].forEach((y, k) => {
        const c = COUNTS[y]![i]!;
        expect(s.near(hx(left + c / 2), hy(i), YEAR_COLORS[k]!, 2, 24)).toBe(true);
        left += c;
      });
    });

    // 2016: Strawberries (6) now reach y = 5.5, Plums (2) no longer reach y = 3
    await page.locator(".dash-radiobuttongroup button", { hasText: "2016" }).click();
    s = await until(async () => { const sh = await shot(page, "categorical-2016"); return sh.near(bx(5), by(5.5), BRIGHT6[5]!, 2, 30) ? sh : null; }, "the 2016 data");
    expect(s.near(bx(3), by(3), BRIGHT6[3]!, 2, 30)).toBe(false);
    expect(errors).toEqual([]);
  });
});
