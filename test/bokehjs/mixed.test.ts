/**
 * Mixed clients on one document: a BokehJS page and a Dash page join the same session
 * (`?bokeh-session-id=`, as Bokeh does) and each sees the other's edits, and the edits the
 * server's callbacks make in answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Slider } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";
import * as widgets from "./apps/widgets.ts";
import { bk_attr, bk_rows, drag_bk_slider, page_session_id, until, use_browser } from "./browser.ts";

const browser = use_browser();

describe("a BokehJS page and a Dash page on one document", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ widgets });
  });
  afterAll(() => r.close());

  it("see each other's edits", async () => {
    const bk = await browser.new_page();
    await bk.page.goto(`${r.url("widgets")}?client=bokehjs`);
    await bk.page.locator(".bk-btn").waitFor();
    const id = await page_session_id(bk.page);
    const seen = widgets.seen.get(id)!;
    const session = r.server.dash.managers.get("widgets")!.get(id)!;
    const slider = session.document.get_model_by_name("speed") as Slider;

    const dash = await browser.new_page();
    await dash.page.goto(`${r.url("widgets")}?client=dash&bokeh-session-id=${id}`);
    await dash.page.locator("[data-dash-ready=true]").waitFor();
    expect(session.connection_count).toBe(2);
    const dash_value = dash.page.locator(".dash-slider-value");
    const dash_div = dash.page.locator(".dash-div");

    // BokehJS moves the slider: the server runs on_change, the Dash page shows both changes
    await drag_bk_slider(bk.page, 90);
    await until(() => seen.slider.length > 0, "on_change on the server");
    const v = await until(async () => {
      const a = await bk_attr(bk.page, "speed", "value");
      return a === slider.value ? a : null;
    }, "BokehJS and the server to agree");
    await until(async () => (await dash_value.textContent()) === String(v), "the Dash page's slider");
    await until(async () => (await dash_div.textContent()) === `speed ${String(v)}`, "the Dash page's Div");

    // the Dash page clicks the button: on_event runs; BokehJS shows what it changed
    await dash.page.getByRole("button", { name: "Go" }).click();
    await until(() => seen.clicks === 1, "on_event on the server");
    await until(async () => (await bk_attr(bk.page, "status", "text")) === "clicks 1", "the BokehJS page's Div");

    // the Dash page moves the slider: BokehJS's slider follows
    await dash.page.locator(".dash-slider input[type=range]").fill("9");
    await until(() => slider.value === 9, "the Dash page's slider on the server");
    await until(async () => (await bk_attr(bk.page, "speed", "value")) === 9, "the BokehJS page's slider");
    await until(async () => (await bk_attr(bk.page, "status", "text")) === "speed 9", "on_change's Div in BokehJS");

    // both replicas stream the same rows
    await until(async () => (await bk_rows(bk.page, "ticks")) === 200, "rollover in BokehJS");
    expect(bk.problems, bk.console.join("\n")).toEqual([]);
    expect(dash.problems, dash.console.join("\n")).toEqual([]);
    await bk.page.context().close();
    await dash.page.context().close();
  });
});
