/**
 * The CustomJS test app (test/browser/apps/customjs.ts) with `?client=bokehjs`: the real
 * BokehJS runs the CustomJS. Dragging the slider rewrites the source in the page; the slider's
 * value reaches the server. BokehJS's `source.change.emit()` only redraws (it is not a
 * property change, so it is never sent): the server's source keeps its data, as in Bokeh.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ColumnDataSource, Div, Slider } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";
import * as customjs from "../browser/apps/customjs.ts";
import { N, x_of, y_of } from "../browser/apps/customjs.ts";
import { bk_attr, drag_bk_slider, page_session_id, until, use_browser } from "./browser.ts";

const browser = use_browser();

describe("CustomJS under BokehJS", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ customjs });
  });
  afterAll(() => r.close());

  it("BokehJS runs the app's CustomJS; the slider's value syncs, change.emit() stays in the page", async () => {
    const bk = await browser.new_page();
    await bk.page.goto(`${r.url("customjs")}?client=bokehjs`);
    await bk.page.locator(".noUi-handle").waitFor();
    const id = await page_session_id(bk.page);
    const doc = r.server.dash.managers.get("customjs")!.get(id)!.document;
    const slider = doc.get_model_by_name("amp") as Slider;
    await drag_bk_slider(bk.page, 120);
    const amp = await until(() => (slider.value !== 1 ? slider.value : null), "the slider's value on the server");
    const page_y = (): Promise<number[]> => bk.page.evaluate(() => {
      type Doc = { get_model_by_name(n: string): { data: Record<string, ArrayLike<number>> } | null };
      const d = (window as unknown as { Bokeh: { documents: Doc[] } }).Bokeh.documents[0]!;
      return Array.from(d.get_model_by_name("wave")!.data["y"]!);
    });
    await until(async () => {
      const ys = await page_y();
      return ys.length === N && ys.every((y, i) => Math.abs(y - y_of(amp, x_of(i))) < 1e-9);
    }, "BokehJS's source rewritten by the CustomJS");

    // a throwing CustomJS: BokehJS reports it; the next callback's edit still reaches the server
    await bk.page.locator(".bk-btn", { hasText: "boom" }).click();
    const status = doc.get_model_by_name("status") as Div;
    await until(() => status.text === "clicked: button_click", "the Div's text on the server");
    expect(await bk_attr(bk.page, "status", "text")).toBe("clicked: button_click");
    expect(bk.errors.join("\n")).toContain("boom from CustomJS");
    // the click's edit came after the drag on the same socket: no data ever came with it
    const source = doc.get_model_by_name("wave") as ColumnDataSource;
    expect(Array.from(source.data["y"] as ArrayLike<number>).every((y, i) => Math.abs(y - y_of(1, x_of(i))) < 1e-9)).toBe(true);
  });
});
