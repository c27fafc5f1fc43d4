/**
 * Two Dash pages on one shared document (`export const shared = true`): a slider moved in
 * one moves in the other, and both show the viewer count.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Slider, Div, column, type Document, type AppModule } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";
import { until, use_browser } from "../bokehjs/browser.ts";

const browser = use_browser();

const board: AppModule = {
  shared: true,
  default(doc: Document) {
    const slider = new Slider({ name: "speed", title: "speed", start: 0, end: 10, step: 1, value: 3 });
    const out = new Div({ name: "out", text: "speed 3" });
    slider.on_change("value", (_a, _o, v) => {
      out.text = `speed ${String(v)}`;
    });
    doc.add_root(column(slider, out));
  },
};

describe("two browsers on one shared document", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ board });
  });
  afterAll(() => r.close());

  it("a slider moved in one page moves in the other; both show two viewers", async () => {
    const a = await browser.new_page();
    const b = await browser.new_page();
    await a.page.goto(r.url("board"));
    await b.page.goto(r.url("board"));
    await a.page.locator("[data-dash-ready=true]").waitFor();
    await b.page.locator("[data-dash-ready=true]").waitFor();
    const session = r.server.dash.managers.get("board")!.get("shared")!;
    expect(session.connection_count).toBe(2);

    await a.page.locator(".dash-slider input[type=range]").fill("8");
    await until(() => (session.document.get_model_by_name("speed") as Slider).value === 8, "the server's slider");
    await until(async () => (await b.page.locator(".dash-slider input[type=range]").inputValue()) === "8", "the other page's slider");
    await until(async () => (await b.page.locator(".dash-div").textContent()) === "speed 8", "the other page's Div");
    await until(async () => (await a.page.locator(".dash-div").textContent()) === "speed 8", "the first page's Div");
    for (const p of [a, b]) await until(async () => (await p.page.locator(".dash-viewers").textContent()) === "2 viewers", "the viewer count");
    expect(a.problems, a.console.join("\n")).toEqual([]);
    expect(b.problems, b.console.join("\n")).toEqual([]);
  });
});
