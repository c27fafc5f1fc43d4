/**
 * CustomJS end to end in headless Chromium: moving a Slider runs a CustomJS that rewrites a
 * ColumnDataSource column in place and calls source.change.emit(): the plot redraws and the
 * server's source gets the new data. A CustomJS that throws is logged (with its id) and the
 * page keeps working, including the callbacks after it.
 */
import { describe, expect, it } from "vitest";
import type { ColumnDataSource, Div, Slider } from "@dash/server";
import * as customjs from "./apps/customjs.ts";
import { N, x_of, y_of } from "./apps/customjs.ts";
import { Shot, open_app, plot_info, to_page, until, use_browser, use_server } from "./helpers.ts";

const SAVE = process.env.DASH_BROWSER_SHOTS;
const RED = [255, 0, 0] as const;

const server = use_server({ customjs });
const browser = use_browser();

function server_y(): number[] {
  const source = server.doc("customjs").get_model_by_name("wave") as ColumnDataSource;
  return Array.from(source.data["y"] as ArrayLike<number>);
}
const wave_is = (amp: number, ys: readonly number[]): boolean =>
  ys.length === N && ys.every((y, i) => Math.abs(y - y_of(amp, x_of(i))) < 1e-9);

describe("CustomJS", () => {
  it("a slider's js_on_change rewrites the source in place; change.emit() redraws the plot and syncs the server", async () => {
    const w = await browser.new_page();
    await open_app(w, server.url("customjs"));
    const before = await plot_info(w.page);
    const frames = before.frames;
    await w.page.locator(".dash-slider input[type=range]").fill("3");
    const slider = server.doc("customjs").get_model_by_name("amp") as Slider;
    await until(() => slider.value === 3, "the slider's value on the server");
    await until(() => wave_is(3, server_y()), "the rewritten column on the server");
    await until(async () => (await plot_info(w.page)).frames > frames, "a redraw");
    const info = await plot_info(w.page);
    await until(async () => {
      const shot = await Shot.take(w.page);
      return [3, 10, 20, 30].every((i) => shot.count_near(...xy(info, x_of(i), y_of(3, x_of(i))), RED, 2, 60) > 5);
    }, "the points at amplitude 3");
    const shot = await Shot.take(w.page, SAVE ? `${SAVE}/dash-browser-customjs.png` : undefined);
    // where the amplitude-1 points were (away from the x axis), nothing is drawn now
    for (const i of [10, 30]) expect(shot.count_near(...xy(info, x_of(i), y_of(1, x_of(i))), RED, 2, 60), `old point ${i}`).toBe(0);
    expect(w.errors, w.console.join("\n")).toEqual([]);
  });

  it("a CustomJS that throws is logged with its id; the page, and the callbacks after it, keep working", async () => {
    const w = await browser.new_page();
    await open_app(w, server.url("customjs"));
    await w.page.getByRole("button", { name: "boom" }).click();
    const status = server.doc("customjs").get_model_by_name("status") as Div;
    await until(() => status.text === "clicked: button_click", "the second callback's edit on the server");
    await until(async () => (await w.page.locator(".dash-div").textContent()) === "clicked: button_click", "the Div in the page");
    expect(w.errors.length).toBe(1);
    expect(w.errors[0]).toMatch(/CustomJS p\d+ \(button_click on Button p\d+\) failed/);
    expect(w.errors[0]).toContain("boom from CustomJS");
    // the page still works: the slider's CustomJS still runs
    await w.page.locator(".dash-slider input[type=range]").fill("2");
    await until(() => wave_is(2, server_y()), "the rewritten column on the server after the error");
  });

  it("Bokeh's own CustomJS idioms run unchanged: get_length(), a column assigned in place, change.emit()", async () => {
    const w = await browser.new_page();
    await open_app(w, server.url("customjs"));
    await w.page.getByRole("button", { name: "flip" }).click();
    await until(() => wave_is(-2, server_y()), "the emitted column on the server");
    const info = await plot_info(w.page);
    await until(async () => {
      const shot = await Shot.take(w.page);
      return [3, 10, 20, 30].every((i) => shot.count_near(...xy(info, x_of(i), y_of(-2, x_of(i))), RED, 2, 60) > 5);
    }, "the points at amplitude -2");
    expect(w.errors, w.console.join("\n")).toEqual([]);
  });
});

function xy(info: Awaited<ReturnType<typeof plot_info>>, x: number, y: number): [number, number] {
  const p = to_page(info, x, y);
  return [p.x, p.y];
}
