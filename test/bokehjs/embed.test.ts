/**
 * Embedding with /<app>/autoload.js as Bokeh's `server_document(url)` does (an XHR for the
 * script, bokeh-autoload-element / bokeh-app-path / bokeh-absolute-url), from a page on
 * another origin: listed in --allow-websocket-origin it embeds the app (BokehJS client and
 * Dash client); not listed, its websocket is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type Running } from "../server/helpers.ts";
import * as widgets from "./apps/widgets.ts";
import { bk_attr, host_page, server_document, until, use_browser } from "./browser.ts";

const browser = use_browser();

type Host = Awaited<ReturnType<typeof host_page>>;

describe("autoload.js embedding from another origin", () => {
  let r: Running;
  let allowed: Host;
  let refused: Host;
  let args: Record<string, string> = {};
  const html = (): string => `<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host page</title></head>
<body><h1>Someone else's page</h1>
${server_document(r.url("widgets"), args)}
</body></html>`;

  beforeAll(async () => {
    allowed = await host_page(html);
    refused = await host_page(html);
    r = await start({ widgets }, { allow_websocket_origin: [`127.0.0.1:${allowed.port}`] });
  });
  afterAll(async () => {
    await r.close();
    await allowed.close();
    await refused.close();
  });

  it("answers with CORS headers (server_document fetches it with an XHR)", async () => {
    const res = await fetch(`${r.url("widgets")}/autoload.js?bokeh-autoload-element=x&client=bokehjs&bokeh-absolute-url=${encodeURIComponent(r.url("widgets"))}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    const js = await res.text();
    expect(js).toContain(`"http://127.0.0.1:${r.port}/static/bokehjs/bokeh.min.js?v=3.10.0"`);
    expect(js).toContain("embed_items({}, render_items, app_path, absolute_url)");
  });

  it("BokehJS client: the listed origin embeds the app, which works", async () => {
    args = { client: "bokehjs" };
    const { page, problems, console: lines } = await browser.new_page();
    await page.goto(allowed.url);
    await page.locator(".bk-btn").waitFor();
    // the app replaced server_document's script tag
    expect(await page.locator("script#p1234").count()).toBe(0);
    await page.locator(".bk-btn").click();
    await until(async () => (await bk_attr(page, "status", "text")) === "clicks 1", "the click's round trip");
    expect(await page.title()).toBe("host page"); // use_for_title is false for embeds, as in Bokeh
    expect(problems, lines.join("\n")).toEqual([]);
    await page.context().close();
  });

  it("Dash client: the listed origin embeds the app, which works", async () => {
    args = { client: "dash" };
    const { page, problems, console: lines } = await browser.new_page();
    await page.goto(allowed.url);
    await page.locator("#p1234[data-dash-ready=true]").waitFor();
    await page.getByRole("button", { name: "Go" }).click();
    await page.getByText("clicks 1", { exact: true }).waitFor();
    expect(problems, lines.join("\n")).toEqual([]);
    await page.context().close();
  });

  it("an origin not listed is refused", async () => {
    args = { client: "bokehjs" };
    const { page, problems } = await browser.new_page();
    await page.goto(refused.url);
    await until(() => r.logs.some((l) => l.includes("websocket origin refused") && l.includes(`127.0.0.1:${refused.port}`)), "the refusal");
    await until(() => problems.some((p) => p.includes("Failed to connect to Bokeh server")), "BokehJS's connection error");
    expect(await page.locator(".bk-btn").count()).toBe(0);
    await page.context().close();
  });
});
