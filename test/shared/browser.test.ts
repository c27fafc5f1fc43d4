/**
 * Two Dash pages on one shared document (`export const shared = true`): a slider moved in
 * one moves in the other, and both show the viewer count.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Slider, Div, column, buildServer, type Document, type AppModule, type BuildOptions } from "@dash/server";
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

describe("a change made offline that no longer applies", () => {
  it("is discarded visibly: the page shows a notice, and takes the rebuilt document without a reload", async () => {
    const opts = { apps: { board }, port: 0, log_level: "silent", allow_websocket_origin: ["*"] } as BuildOptions;
    let server = buildServer(opts);
    await server.listen({ port: 0, host: "127.0.0.1" });
    const port = (server.server.address() as { port: number }).port;
    const w = await browser.new_page();
    await w.page.goto(`http://127.0.0.1:${port}/board`);
    await w.page.locator("[data-dash-ready=true]").waitFor();
    await w.page.evaluate(() => ((window as unknown as { marker: number }).marker = 42)); // gone if the page reloads
    await server.close();
    await until(async () => (await w.page.locator(".dash-status").getAttribute("data-state")) === "reconnecting", "the page notices");
    await w.page.locator(".dash-slider input[type=range]").fill("6"); // made offline
    // the restarted server rebuilds the shared document (new model ids here, in one process): the edit cannot apply
    server = buildServer({ ...opts, port });
    await server.listen({ port, host: "127.0.0.1" });
    const notice = w.page.locator(".dash-notice");
    await until(async () => ((await notice.count()) > 0 && (await notice.first().textContent())?.includes("discarded")) || undefined, "a notice that the change was discarded");
    await until(async () => (await w.page.locator(".dash-slider input[type=range]").inputValue()) === "3", "the page shows the server's value");
    if (process.env.DASH_BROWSER_SHOTS) await w.page.screenshot({ path: `${process.env.DASH_BROWSER_SHOTS}/dash-discarded.png` });
    expect(await w.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await server.close();
  });
});
