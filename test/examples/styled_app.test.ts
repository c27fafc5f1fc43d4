/**
 * examples/styled_app/, a directory app served by the real `dash serve examples/styled_app`:
 * its templates/index.html makes the page, static/ is served at /styled_app/static/, and
 * theme.yaml styles every session's plots (in the pulled document and on screen).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pull_session } from "@dash/client/node";
import { ColumnDataSource, Plot, Title } from "@dash/server";
import { hex, open_app, plot_box, serve_example, set_slider, shot, until, use_browser, type Served } from "./helpers.ts";

describe("examples/styled_app (a directory app)", () => {
  let served: Served | null = null;
  const url = (): string => served!.url;
  beforeAll(async () => {
    served = await serve_example("styled_app", { directory: true });
  });
  afterAll(() => served?.stop());
  const browser = use_browser();

  it("the page comes from templates/index.html, extending Bokeh's base and embedding the root", async () => {
    const res = await fetch(url());
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<title>Styled app — Dash</title>");          // {% block title %}
    expect(html).toContain('<link href="styled_app/static/style.css"'); // {% block preamble %}
    expect(html).toMatch(/<h1>Styled app<\/h1>/);                        // {{ title }} from doc.title
    expect(html).toMatch(/<main class="content">\s*<div id="dash-root-styled_app"/); // embed(roots.main)
    expect(html).toContain('id="dash-render-item"');                    // plot_script, from the base
    expect(html).toMatch(/<script type="text\/javascript" src="\/static\/dash-client.js"><\/script>/); // bokeh_js
  });

  it("static/ is served at /styled_app/static/, and nothing outside it", async () => {
    const css = await fetch(new URL("/styled_app/static/style.css", url()));
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).toContain(".banner");
    for (const bad of ["/styled_app/static/%2e%2e/main.ts", "/styled_app/static/..%2fmain.ts", "/styled_app/static/nope.css", "/styled_app/static/"]) {
      expect((await fetch(new URL(bad, url()))).status, bad).toBe(404);
    }
  });

  it("theme.yaml sets the defaults of every session's models (what the app set itself wins)", async () => {
    const s = await pull_session(url());
    const plot = s.document.select_one({ name: "plot" }) as Plot;
    expect(plot.background_fill_color).toBe("#f4efe4");
    expect(plot.border_fill_color).toBe("#fbfaf7");
    expect((plot.title as Title).text_color).toBe("#5a3e1b");
    expect((plot.title as Title).text).toBe("Noisy sine");
    expect(plot.width).toBe(600); // set by the app, not themed
    await s.close();
  });

  it("with BokehJS (?client=bokehjs) embed(roots.main) places that root, and BokehJS draws it there", async () => {
    const html = await (await fetch(`${url()}?client=bokehjs`)).text();
    expect(html).toMatch(/<main class="content">\s*<div id="bk-[^"]+" data-root-id="p\d+"/);
    expect(html).toContain("Bokeh.embed.embed_items");
    const { page, errors } = await browser.new_page();
    await page.goto(`${url()}?client=bokehjs`);
    await page.waitForFunction(() => (document.querySelector("main.content > div")?.shadowRoot?.childElementCount ?? 0) > 0
      || (document.querySelector("main.content")?.querySelectorAll("*").length ?? 0) > 1, undefined, { timeout: 30_000 });
    await until(async () => (await page.locator("main.content canvas").count()) > 0 || page.evaluate(() => {
      const host = document.querySelector("main.content > *");
      return host !== null && host.shadowRoot !== null && host.shadowRoot.querySelector("*") !== null;
    }), "BokehJS's view inside <main>");
    const box = (await page.locator("main.content").boundingBox())!;
    await until(async () => (await shot(page, "styled-app-bokehjs")).count(hex("#f4efe4"), { x: box.x, y: box.y, w: box.width, h: box.height }, 6) > 10_000, "the themed plot background drawn by BokehJS");
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
  });

  it("in a browser: the stylesheet and the theme show; the slider's in-place data edit reaches the page", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, url());
    const banner = await page.locator(".banner").evaluate((el) => getComputedStyle(el).borderBottomColor);
    expect(banner).toBe("rgb(200, 161, 101)"); // static/style.css applied
    const canvas = await plot_box(page);
    const s = await shot(page, "styled-app");
    expect(s.count(hex("#f4efe4"), canvas, 6)).toBeGreaterThan(canvas.w * canvas.h * 0.2); // themed frame background

    const before = await page.evaluate(() => {
      const dash = (window as unknown as { Dash: { embedded: Array<{ document: { models: Map<string, { type: string; data?: Record<string, ArrayLike<number>> }> } }> } }).Dash;
      const src = [...dash.embedded[0]!.document.models.values()].find((m) => m.type === "ColumnDataSource")!;
      return Array.from(src.data!["y"]!);
    });
    await set_slider(page, "noise", 0);
    const after = await until(async () => {
      const y = await page.evaluate(() => {
        const dash = (window as unknown as { Dash: { embedded: Array<{ document: { models: Map<string, { type: string; data?: Record<string, ArrayLike<number>> }> } }> } }).Dash;
        const src = [...dash.embedded[0]!.document.models.values()].find((m) => m.type === "ColumnDataSource")!;
        return Array.from(src.data!["y"]!);
      });
      return y[5] !== before[5] ? y : null;
    }, "the server's source.data.y = ... edit");
    expect(after[5]).toBeCloseTo(Math.sin((5 / 119) * 4 * Math.PI), 9); // noise 0: the clean sine
    expect(errors).toEqual([]);
  });
});
