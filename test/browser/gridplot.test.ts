/**
 * gridplot in Chromium (apps/grid.ts): the grid's one toolbar sits above the plots with a
 * button per tool type; switching to box select there switches every plot, so a drag in
 * either plot selects instead of panning; reset resets every plot.
 */
import { describe, expect, it } from "vitest";
import type { ColumnDataSource, Document, Range1d } from "@dash/server";
import * as grid from "./apps/grid.ts";
import { frame_on_page, open_app, plot_info, until, use_browser, use_server } from "./helpers.ts";

const browser = use_browser();
const srv = use_server({ grid });
const doc = (): Document => srv.doc("grid");

describe("gridplot toolbar", () => {
  it("one toolbar above the plots drives the tools of every plot", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("grid"));
    const bar = w.page.locator(".dash-grid-toolbar");
    await expect(bar.count()).resolves.toBe(1);
    const buttons = bar.locator(".dash-tool");
    await expect(buttons.count()).resolves.toBe(3); // pan, box select, reset: one each for both plots
    const bar_box = (await bar.boundingBox())!;
    const right = await plot_info(w.page, 1);
    expect(bar_box.y + bar_box.height).toBeLessThanOrEqual(right.canvas.y + 1);
    // the plots' own toolbars are hidden
    await expect(w.page.locator(".dash-plot .dash-toolbar:visible").count()).resolves.toBe(0);

    // pan is active first: a drag in the right plot moves its x range
    const f = frame_on_page(right);
    const drag = async (x0: number, x1: number): Promise<void> => {
      await w.page.mouse.move(x0, f.y + f.h * 0.3);
      await w.page.mouse.down();
      await w.page.mouse.move((x0 + x1) / 2, f.y + f.h * 0.6, { steps: 4 });
      await w.page.mouse.move(x1, f.y + f.h * 0.7, { steps: 4 });
      await w.page.mouse.up();
    };
    const rx = doc().get_model_by_name("right_x") as Range1d;
    await drag(f.x + f.w * 0.6, f.x + f.w * 0.4);
    await until(() => (rx.start !== 0 ? true : undefined), "the right plot panned");

    // reset resets every plot
    await buttons.nth(2).click();
    await until(() => (rx.start === 0 && rx.end === 10 ? true : undefined), "reset brought the range back");

    // box select for every plot from the grid toolbar
    await buttons.nth(1).click();
    await expect(buttons.nth(1).getAttribute("class")).resolves.toContain("active");
    await expect(buttons.nth(0).getAttribute("class")).resolves.not.toContain("active");
    await drag(f.x + f.w * 0.5, f.x + f.w - 2);
    const source = doc().get_model_by_name("source") as ColumnDataSource;
    await until(() => ([...source.selected.indices].sort().join(",") === "2,3" ? true : undefined), "the right half selected");
    expect(rx.start).toBe(0); // and nothing panned
    const left = frame_on_page(await plot_info(w.page, 0));
    await w.page.mouse.move(left.x + 2, left.y + left.h * 0.3);
    await w.page.mouse.down();
    await w.page.mouse.move(left.x + left.w * 0.3, left.y + left.h * 0.7, { steps: 5 });
    await w.page.mouse.move(left.x + left.w * 0.45, left.y + left.h * 0.7, { steps: 5 });
    await w.page.mouse.up();
    await until(() => ([...source.selected.indices].sort().join(",") === "0,1" ? true : undefined), "a box in the left plot selects there too");
    if (process.env.DASH_BROWSER_SHOTS) await w.page.screenshot({ path: `${process.env.DASH_BROWSER_SHOTS}/dash-gridplot.png` });
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
