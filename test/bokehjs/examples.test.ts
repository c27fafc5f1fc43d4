/**
 * The examples under `dash serve --client bokehjs` (the real CLI): they render in BokehJS
 * without console errors and work (a slider recomputes the sine wave on the server; the
 * feed's ticks stream in).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start_feed_server, type Feed } from "../../examples/feed_server.ts";
import { serve_example } from "../examples/serve.ts";
import { bk_rows, until, use_browser } from "./browser.ts";

const browser = use_browser();

describe("examples with --client bokehjs", () => {
  let feed: Feed;
  beforeAll(async () => {
    feed = await start_feed_server({ port: 0, interval_ms: 20, rows: 5 });
  });
  afterAll(() => feed.close());

  it("sliders: renders, and a slider moved in BokehJS recomputes the curve on the server", async () => {
    const served = await serve_example("sliders", { args: ["--client", "bokehjs"] });
    try {
      const { page, problems, console: lines } = await browser.new_page();
      await page.goto(served.url);
      await page.locator(".bk-Canvas").first().waitFor();
      expect(await page.locator(".noUi-handle").count()).toBe(4);
      const y0 = (): Promise<number> =>
        page.evaluate(() => {
          type Src = { data: Record<string, ArrayLike<number>> };
          const d = (window as unknown as { Bokeh: { documents: Array<{ get_model_by_name(n: string): Src }> } }).Bokeh.documents[0]!;
          const y = d.get_model_by_name("curve").data.y!;
          return Math.max(...Array.from(y));
        });
      expect(await y0()).toBeCloseTo(1, 2);
      // the amplitude slider (second): drag its handle right
      const box = (await page.locator(".noUi-handle").nth(1).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + 60, box.y + box.height / 2, { steps: 6 });
      await page.mouse.up();
      await until(async () => (await y0()) > 1.5, "a taller curve from the server");
      expect(problems, lines.join("\n")).toEqual([]);
      await page.context().close();
    } finally {
      await served.stop();
    }
  });

  it("websocket_feed: the feed's ticks stream into BokehJS", async () => {
    const served = await serve_example("websocket_feed", { args: ["--client", "bokehjs"], env: { DASH_FEED_URL: feed.url } });
    try {
      const { page, problems, console: lines } = await browser.new_page();
      await page.goto(served.url);
      await until(async () => (await bk_rows(page, "ticks")) > 0, "ticks in BokehJS");
      const n = await bk_rows(page, "ticks");
      await until(async () => (await bk_rows(page, "ticks")) >= n + 20, "more ticks in BokehJS");
      expect(problems, lines.join("\n")).toEqual([]);
      await page.context().close();
    } finally {
      await served.stop();
    }
  });
});
