/**
 * Plain Bokeh clients in a real browser on one shared document: two BokehJS pages, and a
 * BokehJS page beside a Dash page, set one slider concurrently; every page ends showing the
 * server's value (BokehJS alone, against Bokeh's server, would stay diverged).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { Slider, column, type AppModule, type Document } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";
import { bk_attr, until, use_browser } from "../bokehjs/browser.ts";

const browser = use_browser();

const board: AppModule = {
  shared: true,
  default(doc: Document) {
    doc.add_root(column(new Slider({ name: "speed", title: "speed", start: 0, end: 200, step: 1, value: 3 })));
  },
};

/** In the page: set the BokehJS slider `n` times (value base + 2k), a few ms apart, as a drag does. */
function bk_drag(page: Page, base: number, n: number, seed: number): Promise<void> {
  return page.evaluate(async ([base, n, seed]) => {
    type Doc = { get_model_by_name(n: string): { value: number } | null };
    const doc = (window as unknown as { Bokeh: { documents: Doc[] } }).Bokeh.documents[0]!;
    const m = doc.get_model_by_name("speed")!;
    let s = seed;
    for (let k = 0; k < n; k++) {
      m.value = base + 2 * k;
      s = (s * 1103515245 + 12345) % 2147483648;
      await new Promise((r) => setTimeout(r, s % 5));
    }
  }, [base, n, seed] as const);
}

const server_value = (r: Running): number => (r.server.dash.managers.get("board")!.get("shared")!.document.get_model_by_name("speed") as Slider).value;

describe("plain BokehJS clients converge", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ board });
  });
  afterAll(() => r.close());

  // Browser tests on a shared 2-core machine: generous timeouts (nothing here measures time).
  it("two BokehJS pages moving one slider concurrently end with the server's value", { timeout: 120_000 }, async () => {
    const a = await browser.new_page();
    const b = await browser.new_page();
    await a.page.goto(`${r.url("board")}?client=bokehjs`);
    await b.page.goto(`${r.url("board")}?client=bokehjs`);
    await a.page.locator(".noUi-handle").first().waitFor();
    await b.page.locator(".noUi-handle").first().waitFor();
    for (let round = 0; round < 3; round++) {
      await Promise.all([bk_drag(a.page, 10, 40, round + 1), bk_drag(b.page, 11, 40, round + 7)]);
      const v = await until(async () => {
        const [va, vb] = [await bk_attr(a.page, "speed", "value"), await bk_attr(b.page, "speed", "value")];
        return va === vb && va === server_value(r) ? va : null;
      }, "both pages and the server to agree");
      await new Promise((res) => setTimeout(res, 600));
      expect(await bk_attr(a.page, "speed", "value")).toBe(v);
      expect(await bk_attr(b.page, "speed", "value")).toBe(v);
      expect(server_value(r)).toBe(v);
    }
    expect(a.problems, a.console.join("\n")).toEqual([]);
    expect(b.problems, b.console.join("\n")).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });

  it("a BokehJS page beside a Dash page moving one slider concurrently end with the server's value", { timeout: 120_000 }, async () => {
    const bk = await browser.new_page();
    const dash = await browser.new_page();
    await bk.page.goto(`${r.url("board")}?client=bokehjs`);
    await dash.page.goto(`${r.url("board")}?client=dash`);
    await bk.page.locator(".noUi-handle").first().waitFor();
    await dash.page.locator("[data-dash-ready=true]").waitFor();
    const input = dash.page.locator(".dash-slider input[type=range]");
    const dash_drag = async (): Promise<void> => {
      for (let k = 0; k < 20; k++) await input.fill(String(101 + 2 * k));
    };
    await Promise.all([bk_drag(bk.page, 100, 40, 3), dash_drag()]);
    const v = await until(async () => {
      const a = await bk_attr(bk.page, "speed", "value");
      const d = Number(await input.inputValue());
      return a === d && a === server_value(r) ? a : null;
    }, "both pages and the server to agree");
    await new Promise((res) => setTimeout(res, 600));
    expect(await bk_attr(bk.page, "speed", "value")).toBe(v);
    expect(Number(await input.inputValue())).toBe(v);
    expect(bk.problems, bk.console.join("\n")).toEqual([]);
    expect(dash.problems, dash.console.join("\n")).toEqual([]);
    await bk.page.context().close();
    await dash.page.context().close();
  });
});
