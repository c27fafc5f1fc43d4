import { describe, expect, it } from "vitest";
import { HI, LO, N, samples } from "../../examples/linked_selection.ts";
import { frame_of, hex, mapper, open_app, plot_box, shot, until, use_browser, use_example } from "./helpers.ts";

const RED = hex("#d62728");

describe("examples/linked_selection.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("linked_selection");

  it("a box selection in one plot highlights the other and the server updates the histogram", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    const summary = page.locator(".dash-div", { hasText: "selected" });
    await expect(summary.textContent()).resolves.toContain("Nothing selected");

    const [left, right, hist] = [await plot_box(page, 0), await plot_box(page, 1), await plot_box(page, 2)];
    const s0 = await shot(page, "linked-initial");
    expect(s0.count(RED, left, 40) + s0.count(RED, right, 40)).toBe(0);
    const at = mapper(frame_of(s0, left), LO, HI, LO, HI);

    // box_select is the active drag tool: drag over x in [0, 2.5], y in [0, 2.5] of the left plot
    const [x0, y0] = at(0, 2.5), [x1, y1] = at(2.5, 0);
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, (y0 + y1) / 2, { steps: 4 });
    await page.mouse.move(x1, y1, { steps: 4 });
    await page.mouse.up();

    const x = samples(1, N), y = samples(2, N);
    let expected = 0;
    for (let i = 0; i < N; i++) if (x[i]! >= 0 && x[i]! <= 2.5 && y[i]! >= 0 && y[i]! <= 2.5) expected++;
    const text = await until(async () => { const t = (await summary.textContent()) ?? ""; return /(\d+) of 300 points selected/.test(t) ? t : null; }, "the server's summary");
    const n = Number(/(\d+) of/.exec(text)![1]);
    expect(Math.abs(n - expected)).toBeLessThanOrEqual(3); // pixel rounding at the box edges

    // selected points are red in both plots; the histogram gained red bars
    const s = await until(async () => { const sh = await shot(page, "linked-selected"); return sh.count(RED, hist, 60) > 50 ? sh : null; }, "red histogram bars");
    expect(s.count(RED, left, 60)).toBeGreaterThan(50);
    expect(s.count(RED, right, 60)).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });
});
