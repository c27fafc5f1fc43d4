import { describe, expect, it } from "vitest";
import { hex, open_app, plot_box, shot, until, use_browser, use_example } from "./helpers.ts";

describe("examples/streaming.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("streaming");

  it("streams OHLC bars with rollover; the x range follows the newest bars", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    const status = page.locator(".dash-div", { hasText: "bars streamed" });
    await until(async () => /^(\d+) bars/.exec((await status.textContent()) ?? "")?.[1] !== undefined && Number(/^(\d+)/.exec((await status.textContent())!)![1]) >= 10, "10 bars");

    // candles (green up, red down) and the orange moving average are drawn
    const canvas = await plot_box(page);
    const s = await shot(page, "streaming-start");
    expect(s.count(hex("#2ca02c"), canvas, 30) + s.count(hex("#d62728"), canvas, 30)).toBeGreaterThan(200);
    expect(s.count(hex("#ff7f0e"), canvas, 40)).toBeGreaterThan(50);

    // 20 bars per tick: the source passes its rollover of 300 and keeps exactly 300 rows
    await page.locator(".dash-select", { hasText: "Bars per tick" }).locator("select").selectOption("20");
    await until(async () => /, 300 kept \(rollover 300\)/.test((await status.textContent()) ?? ""), "the rollover to hold 300 rows", 20_000);
    const streamed = Number(/^(\d+)/.exec((await status.textContent())!)![1]);
    expect(streamed).toBeGreaterThan(300);

    // the window (100 bars) is full: candles reach from the left edge of the frame to the right
    // (re-shot until the renderer has caught up: under load a frame may lag the data)
    const frame_h = { ...canvas, w: canvas.w - 60 }; // without the right-hand axis
    const tenth = frame_h.w / 10;
    await until(async () => {
      const s2 = await shot(page, "streaming-window");
      const candles = (box: { x: number; y: number; w: number; h: number }) => s2.count(hex("#2ca02c"), box, 30) + s2.count(hex("#d62728"), box, 30);
      return candles({ ...frame_h, w: tenth }) > 10 && candles({ ...frame_h, x: frame_h.x + frame_h.w - tenth, w: tenth }) > 10;
    }, "candles at both edges of the window", 20_000);

    // Under load the page redraws 20 bars a tick in software GL: the click alone waited 4-8 s
    // for a stable frame here, and the label then needs a round trip through the server.
    await page.locator(".dash-button button", { hasText: "Pause" }).click();
    await until(async () => (await page.locator(".dash-button button").textContent()) === "Resume", "the Pause button to say Resume", 30_000);
    expect(errors).toEqual([]);
  }, 120_000);
});
