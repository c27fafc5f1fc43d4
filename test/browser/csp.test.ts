/**
 * The Content-Security-Policy of app pages lets both clients work: Dash's page (pixi.js,
 * CustomJS) and the BokehJS page (`?client=bokehjs`) draw the plot and run a CustomJS with
 * no CSP violation reported, while an injected inline script without the nonce is refused.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import type { ColumnDataSource } from "@dash/server";
import * as customjs from "./apps/customjs.ts";
import { N, x_of, y_of } from "./apps/customjs.ts";
import { Shot, open_app, plot_info, until, use_browser, use_server, type WatchedPage } from "./helpers.ts";

const server = use_server({ customjs });
const browser = use_browser();

/** Records every securitypolicyviolation in window.__csp (the init script itself is not subject to the page's CSP). */
async function record_violations(w: WatchedPage): Promise<void> {
  await w.page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener("securitypolicyviolation", (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
const csp_lines = (w: WatchedPage): string[] => w.console.filter((l) => l.includes("Content Security Policy"));

function server_y(): number[] {
  const source = server.doc("customjs").get_model_by_name("wave") as ColumnDataSource;
  return Array.from(source.data["y"] as ArrayLike<number>);
}
const wave_is = (amp: number): boolean => {
  const ys = server_y();
  return ys.length === N && ys.every((y, i) => Math.abs(y - y_of(amp, x_of(i))) < 1e-9);
};

describe("Content-Security-Policy in Chromium", () => {
  it("Dash's page draws the plot and runs CustomJS with no CSP violation; an inline script without the nonce is refused", async () => {
    const w = await browser.new_page();
    await record_violations(w);
    await open_app(w, server.url("customjs"));
    expect((await plot_info(w.page)).frames).toBeGreaterThan(0);
    await w.page.locator(".dash-slider input[type=range]").fill("3");
    await until(() => wave_is(3), "the CustomJS's edit on the server", 30_000);
    const shot = await Shot.take(w.page);
    expect(shot.count_in({ x: 0, y: 0, w: shot.png.width, h: shot.png.height }, [255, 0, 0], 60)).toBeGreaterThan(50);
    expect(await violations(w.page)).toEqual([]);
    expect(csp_lines(w)).toEqual([]);
    expect(w.errors, w.console.join("\n")).toEqual([]);
    // the policy is in force: a script injected without the nonce does not run
    await w.page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.appendChild(s);
    });
    await until(async () => (await violations(w.page)).length > 0, "the refused inline script", 30_000);
    expect(await w.page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    await w.page.context().close();
  }, 120_000);

  it("the BokehJS page draws the plot and runs CustomJS with no CSP violation", async () => {
    const w = await browser.new_page();
    await record_violations(w);
    await w.page.goto(`${server.url("customjs")}?client=bokehjs`);
    await w.page.locator(".bk-Canvas").first().waitFor();
    await until(async () => {
      const shot = await Shot.take(w.page);
      return shot.count_in({ x: 0, y: 0, w: shot.png.width, h: shot.png.height }, [255, 0, 0], 60) > 50;
    }, "red points drawn by BokehJS", 30_000);
    const box = (await w.page.locator(".noUi-handle").first().boundingBox())!;
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 + 400, box.y + box.height / 2, { steps: 6 });
    await w.page.mouse.up();
    // BokehJS keeps an in-place edit local (change.emit() sends nothing): read its copy of the column
    const bk_wave = (): Promise<{ amp: number; y: number[] }> => w.page.evaluate(() => {
      type Model = Record<string, unknown> & { data?: { y: ArrayLike<number> } };
      const doc = (window as unknown as { Bokeh: { documents: Array<{ get_model_by_name(n: string): Model | null }> } }).Bokeh.documents[0]!;
      return { amp: doc.get_model_by_name("amp")!["value"] as number, y: Array.from(doc.get_model_by_name("wave")!.data!.y) };
    });
    await until(async () => {
      const { amp, y } = await bk_wave();
      return amp !== 1 && y.every((v, i) => Math.abs(v - y_of(amp, x_of(i))) < 1e-9);
    }, "the CustomJS's edit in BokehJS", 30_000);
    expect(await violations(w.page)).toEqual([]);
    expect(csp_lines(w)).toEqual([]);
    expect(w.errors, w.console.join("\n")).toEqual([]);
    await w.page.context().close();
  }, 120_000);
});
