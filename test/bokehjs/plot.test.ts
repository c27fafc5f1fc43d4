/**
 * A figure() rendered by the real BokehJS: streamed rows arrive, and ranges changed by
 * BokehJS's pan and wheel-zoom tools (driven with the mouse) reach the server's document.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Range1d } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";
import * as kitchen from "./apps/kitchen.ts";
import * as plot from "./apps/plot.ts";
import { bk_attr, bk_rows, page_session_id, until, use_browser } from "./browser.ts";

const browser = use_browser();

/** Centre of the plot's frame (inside the axes), in page coordinates. */
async function frame_centre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(".bk-Canvas").first().boundingBox();
  if (box === null) throw new Error("no plot canvas");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe("BokehJS plots", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ plot, kitchen }, { client: "bokehjs" });
  });
  afterAll(() => r.close());

  it("renders a streaming figure; pan and wheel zoom change the server's ranges", async () => {
    const { page, problems, console: lines } = await browser.new_page();
    await page.goto(r.url("plot"));
    await page.locator(".bk-Canvas").first().waitFor();
    const id = await page_session_id(page);
    const log = plot.ranges.get(id)!;
    const doc = r.server.dash.managers.get("plot")!.get(id)!.document;
    const x_range = doc.get_model_by_name("x_range") as Range1d;
    const y_range = doc.get_model_by_name("y_range") as Range1d;

    await until(async () => (await bk_rows(page, "live")) === 100, "streamed rows (rollover 100) in BokehJS");

    // pan: drag the frame 100 px to the left -> the x range moves right on the server
    const c = await frame_centre(page);
    await page.mouse.move(c.x, c.y);
    await page.mouse.down();
    await page.mouse.move(c.x - 50, c.y, { steps: 5 });
    await page.mouse.move(c.x - 100, c.y, { steps: 5 });
    await page.mouse.up();
    await until(() => log.x.length > 0 && x_range.start > 5, "the pan on the server");
    await until(async () => (await bk_attr(page, "x_range", "start")) === x_range.start, "BokehJS and the server to agree");
    expect(x_range.end - x_range.start).toBeCloseTo(100, 6); // a pan keeps the span
    expect(y_range.start).toBeCloseTo(-2, 6); // horizontal drag: y untouched

    // wheel zoom (the active scroll tool): zooming in shrinks both spans on the server
    const before = { x: x_range.end - x_range.start, y: y_range.end - y_range.start };
    await page.mouse.move(c.x, c.y);
    await page.mouse.wheel(0, -300);
    await until(() => x_range.end - x_range.start < before.x - 1 && y_range.end - y_range.start < before.y - 0.01, "the zoom on the server");
    await until(async () => (await bk_attr(page, "x_range", "end")) === x_range.end, "BokehJS and the server to agree");
    expect(log.y.length).toBeGreaterThan(0);
    // BokehJS's rangesupdate events reach on_event with the new extents
    await until(() => log.updates.some(([x0, x1]) => x0 === x_range.start && x1 === x_range.end), "rangesupdate on the server");

    // a tap reaches on_event(plot, "tap") in data coordinates
    await page.mouse.click(c.x, c.y);
    await until(() => log.taps.length > 0, "the tap on the server");
    const [tx, ty] = log.taps[0]!;
    expect(tx).toBeGreaterThan(x_range.start);
    expect(tx).toBeLessThan(x_range.end);
    expect(ty).toBeGreaterThan(y_range.start);
    expect(ty).toBeLessThan(y_range.end);

    expect(problems, lines.join("\n")).toEqual([]);
    await page.context().close();
  });

  it("a range set on the server moves BokehJS's view", async () => {
    const { page, problems, console: lines } = await browser.new_page();
    await page.goto(r.url("plot"));
    await page.locator(".bk-Canvas").first().waitFor();
    const id = await page_session_id(page);
    const session = r.server.dash.managers.get("plot")!.get(id)!;
    const x_range = session.document.get_model_by_name("x_range") as Range1d;
    await session.lock.run(() => {
      x_range.setv({ start: 1000, end: 2000 });
    });
    await until(async () => (await bk_attr(page, "x_range", "start")) === 1000, "the server's range in BokehJS");
    expect(await bk_attr(page, "x_range", "end")).toBe(2000);
    expect(problems, lines.join("\n")).toEqual([]);
    await page.context().close();
  });

  it("renders every glyph method, annotations, tools, widgets and a data table without complaint", async () => {
    const { page, problems, console: lines } = await browser.new_page();
    await page.goto(r.url("kitchen"));
    await page.locator(".bk-Canvas").first().waitFor();
    await page.getByText("table", { exact: true }).click();
    await until(async () => (await page.locator(".slick-cell").count()) >= 10, "the data table's cells");
    // Choices.js (inside BokehJS's MultiChoice) warns about its own default on every Bokeh page
    const ours = problems.filter((p) => !p.includes("allowHTML will default to false"));
    expect(ours, lines.join("\n")).toEqual([]);
    await page.context().close();
  });
});
