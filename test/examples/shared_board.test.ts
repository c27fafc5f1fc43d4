import { describe, expect, it } from "vitest";
import { frame_of, hex, mapper, open_app, plot_box, shot, until, use_browser, use_example } from "./helpers.ts";

const FIRST = hex("#1f77b4"); // Category10[0], the first point's colour
const SECOND = hex("#ff7f0e");

describe("examples/shared_board.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("shared_board");

  it("two viewers see each other's taps and the viewer count", async () => {
    const a = await browser.new_page();
    const b = await browser.new_page();
    await open_app(a.page, app.url);
    await open_app(b.page, app.url);
    const viewers = (p: typeof a.page) => p.locator(".dash-div", { hasText: "viewer" }).first().textContent();
    await until(async () => (await viewers(a.page)) === "2 viewers" && (await viewers(b.page)) === "2 viewers", "2 viewers on both pages");

    // A taps at (2, 8); B sees the point. B taps at (8, 2); A sees it.
    const canvas = await plot_box(a.page);
    const at = mapper(frame_of(await shot(a.page, "board-empty"), canvas), 0, 10, 0, 10);
    await a.page.mouse.click(...at(2, 8));
    await until(async () => (await shot(b.page, "board-b")).near(...at(2, 8), FIRST, 4, 40), "A's point on B's page");
    await b.page.mouse.click(...at(8, 2));
    await until(async () => (await shot(a.page, "board-a")).near(...at(8, 2), SECOND, 4, 40), "B's point on A's page");
    await expect(a.page.locator(".dash-div", { hasText: "points" }).first().textContent()).resolves.toBe("2 points");

    // B leaves: A's count drops
    await b.page.context().close();
    await until(async () => (await viewers(a.page)) === "1 viewer", "1 viewer");
    expect([...a.errors, ...b.errors]).toEqual([]);
  });
});
