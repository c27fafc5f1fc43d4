import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start_feed_server, type Feed } from "../../examples/feed_server.ts";
import { open_app, plot_box, serve_example, shot, until, use_browser, type RGB, type Served } from "./helpers.ts";

const LINE: RGB = [42, 110, 187]; // #2a6ebb

describe("examples/websocket_feed.ts (with examples/feed_server.ts) in a browser", () => {
  const browser = use_browser();
  let feed: Feed;
  let app: Served;
  beforeAll(async () => {
    feed = await start_feed_server({ port: 0, interval_ms: 50, rows: 5 });
    app = await serve_example("websocket_feed", { env: { DASH_FEED_URL: feed.url } });
  });
  afterAll(async () => {
    await app?.stop();
    await feed?.close();
  });

  it("reads the feed in an async callback and the plot grows as ticks stream in", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    await expect(page.locator(".dash-div").first().textContent()).resolves.toContain(feed.url);
    const canvas = await plot_box(page);
    const first = await until(async () => { const s = await shot(page, "feed-1"); return s.count(LINE, canvas, 30) > 100 ? s : null; }, "the price line");
    // new ticks keep arriving: the line is redrawn (the x range follows the newest tick)
    await until(async () => {
      const s = await shot(page, "feed-2");
      let changed = 0;
      for (let y = canvas.y; y < canvas.y + canvas.h; y += 2) {
        for (let x = canvas.x; x < canvas.x + canvas.w; x += 2) {
          const a = first.at(x, y), b = s.at(x, y);
          if (Math.abs(a[0] - b[0]) + Math.abs(a[1] - b[1]) + Math.abs(a[2] - b[2]) > 60) changed++;
        }
      }
      return changed > 200;
    }, "the plot to change as ticks stream in");
    expect(feed.clients()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
  });
});
