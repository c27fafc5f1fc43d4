/**
 * `--client bokehjs`: the real BokehJS 3.10 bundles, served by Dash, render an app and drive
 * its server-side callbacks: slider -> on_change, button -> on_event, periodic streams arrive.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type Running } from "../server/helpers.ts";
import * as widgets from "./apps/widgets.ts";
import { bk_attr, bk_rows, drag_bk_slider, page_session_id, until, use_browser } from "./browser.ts";

const browser = use_browser();

describe("BokehJS client pages", () => {
  let r: Running;
  let dash_default: Running;
  beforeAll(async () => {
    r = await start({ widgets }, { client: "bokehjs" });
    dash_default = await start({ widgets });
  });
  afterAll(async () => {
    await r.close();
    await dash_default.close();
  });

  it("serves the page the way a Bokeh server does, and the bundles with caching headers", async () => {
    const html = await (await fetch(r.url("widgets"))).text();
    for (const f of ["bokeh.min.js", "bokeh-gl.min.js", "bokeh-widgets.min.js", "bokeh-tables.min.js"]) {
      expect(html).toContain(`src="/static/bokehjs/${f}?v=3.10.0"`);
    }
    expect(html).toContain("Bokeh.embed.embed_items({}, render_items)");
    expect(html).not.toContain("dash-client.js");
    // ?client= picks the client per page, whatever the server's default
    expect(await (await fetch(`${dash_default.url("widgets")}?client=bokehjs`)).text()).toContain("/static/bokehjs/bokeh.min.js");
    expect(await (await fetch(`${r.url("widgets")}?client=dash`)).text()).toContain("/static/dash-client.js");
    expect((await fetch(`${r.url("widgets")}?client=nope`)).status).toBe(400);

    const res = await fetch(`${r.http}/static/bokehjs/bokeh.min.js?v=3.10.0`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    expect(res.headers.get("cache-control")).toContain("immutable");
    const etag = res.headers.get("etag")!;
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    const again = await fetch(`${r.http}/static/bokehjs/bokeh.min.js`, { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get("cache-control")).not.toContain("immutable");
    expect((await fetch(`${r.http}/static/bokehjs/package.json`)).status).toBe(404);
    expect((await fetch(`${r.http}/static/bokehjs/..%2Fpackage.json`)).status).toBe(404);
  });

  it("renders the app; slider -> on_change, button -> on_event, streams arrive; no console errors", async () => {
    const { page, problems, console: lines } = await browser.new_page();
    await page.goto(r.url("widgets"));
    await page.locator(".bk-btn").waitFor();
    expect(await page.title()).toBe("BokehJS widgets");
    const id = await page_session_id(page);
    const seen = widgets.seen.get(id)!;
    expect(seen).toBeDefined();

    // periodic streams appear (rollover 200 keeps the last 200 rows)
    await until(async () => (await bk_rows(page, "ticks")) >= 50, "streamed rows in BokehJS");
    await until(async () => (await bk_rows(page, "ticks")) === 200, "rollover in BokehJS");

    // a slider moved in BokehJS runs the app's on_change; what it changes comes back
    await drag_bk_slider(page, 90);
    await until(() => seen.slider.length > 0, "on_change on the server");
    const value = await bk_attr(page, "speed", "value");
    expect(value).toBeGreaterThan(2);
    expect(seen.slider.at(-1)).toBe(value);
    await until(async () => (await bk_attr(page, "status", "text")) === `speed ${String(value)}`, "the server's Div change");
    await page.getByText(`speed ${String(value)}`, { exact: true }).waitFor(); // and BokehJS shows it

    // a button click reaches on_event
    await page.locator(".bk-btn").click();
    await until(() => seen.clicks === 1, "on_event on the server");
    await until(async () => (await bk_attr(page, "status", "text")) === "clicks 1", "the click's Div change");

    expect(problems, lines.join("\n")).toEqual([]);
    expect(lines.some((l) => l.includes("Bokeh items were rendered successfully"))).toBe(true);
    await page.context().close();
  });
});
