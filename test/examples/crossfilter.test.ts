import { describe, expect, it } from "vitest";
import { open_app, plot_box, shot, until, use_browser, type RGB, use_example } from "./helpers.ts";

// #31AADE at alpha 0.6 over white
const DEFAULT: RGB = [131, 204, 235];

describe("examples/crossfilter.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("crossfilter");

  it("rebuilds the scatter plot from the x, y, colour and size Selects", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    for (const t of ["X-Axis", "Y-Axis", "Color", "Size"]) await expect(page.locator(".dash-select", { hasText: t }).count()).resolves.toBe(1);
    const select = (title: string) => page.locator(".dash-select", { hasText: title }).locator("select");
    await expect(select("X-Axis").inputValue()).resolves.toBe("mpg");

    let canvas = await plot_box(page);
    const s = await shot(page, "crossfilter-initial");
    const initial = s.count(DEFAULT, canvas, 20);
    expect(initial).toBeGreaterThan(2000); // 392 points of size 9

    // colour by weight: points take Inferno colours, none keep the default blue
    await select("Color").selectOption("weight");
    await until(async () => (await shot(page, "crossfilter-color")).count(DEFAULT, await plot_box(page), 20) < initial / 20, "recoloured points");
    // size by hp: the points grow (more painted pixels)
    const painted = async (label: string) => {
      const sh = await shot(page, label);
      const box = await plot_box(page);
      let n = 0;
      for (let y = box.y; y < box.y + box.h; y += 2) for (let x = box.x; x < box.x + box.w - 40; x += 2) { const [r, g, b] = sh.at(x, y); if (Math.abs(r - g) + Math.abs(g - b) > 40) n++; }
      return n;
    };
    const before = await painted("crossfilter-before-size");
    await select("Size").selectOption("hp");
    await until(async () => (await painted("crossfilter-size")) > before * 1.3, "bigger points");

    // a discrete x column gives a categorical axis; the plot is rebuilt, not just restyled
    // points of one column sit on a few vertical lines
    await select("X-Axis").selectOption("cyl");
    await until(async () => {
      const sh = await shot(page, "crossfilter-cyl");
      canvas = await plot_box(page);
      const cols = new Array<number>(Math.round(canvas.w)).fill(0);
      for (let x = 0; x < cols.length - 40; x++) for (let y = canvas.y; y < canvas.y + canvas.h; y += 2) { const [r, g, b] = sh.at(canvas.x + x, y); if (Math.abs(r - g) + Math.abs(g - b) > 40) cols[x]!++; }
      const busy = cols.filter((n) => n > 0).length;
      return busy > 10 && busy < canvas.w / 2; // 5 cylinder groups of points, empty space between them
    }, "points grouped by cylinder count");
    expect(errors).toEqual([]);
  });
});
