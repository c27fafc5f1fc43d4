/**
 * Dash vs BokehJS 3.10 side by side (test/compare/compare.ts): the gallery documents rendered by
 * both clients in one Chromium, a pixelmatch score per pair under a threshold per image (the pairs
 * and diffs go to docs/img/compare/ when DASH_COMPARE_WRITE is set; `npm run bench -- compare`
 * scores every example), and what each pair shows checked on the Dash page: datetime tick labels
 * equal BokehJS's, a line's selected run in full colour, gridplot frames lined up, the toolbar in
 * the title row, a Div's <style> kept inside it, widget sizes and the DataTable's look.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch_chromium } from "../support/chromium.ts";
import { start, type Running } from "../server/helpers.ts";
import { COMPARE_DIR, compare_case, load_apps, type Client } from "../compare/compare.ts";
import { Shot, frame_on_page, plot_info, type PlotInfo } from "./helpers.ts";

let browser: Browser;
let server: Running;
const out = process.env.DASH_COMPARE_WRITE ? COMPARE_DIR : undefined;

beforeAll(async () => {
  server = await start(await load_apps(["g_datetime", "g_grid", "g_widgets", "g_sizing"]), { log_level: "warn" });
  browser = await launch_chromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** BokehJS's own tick labels for the x axis of each named plot (its DatetimeTicker and formatter on its ranges). */
function bokehjs_x_labels(page: Page, names: readonly string[]): Promise<string[][]> {
  return page.evaluate((names) => {
    type Axis = { ticker: { get_ticks(a: number, b: number, r: unknown, c: number): { major: number[] } }; formatter: { doFormat(t: number[], o: unknown): string[] } };
    type Plot = { below: Axis[]; x_range: { start: number; end: number } };
    const doc = (window as unknown as { Bokeh: { documents: Array<{ get_model_by_name(n: string): Plot }> } }).Bokeh.documents[0]!;
    return names.map((n) => {
      const p = doc.get_model_by_name(n), ax = p.below[0]!;
      return ax.formatter.doFormat(ax.ticker.get_ticks(p.x_range.start, p.x_range.end, p.x_range, NaN).major, { loc: 0 });
    });
  }, names);
}

async function plots(page: Page, n: number): Promise<PlotInfo[]> {
  const out: PlotInfo[] = [];
  for (let i = 0; i < n; i++) out.push(await plot_info(page, i));
  return out;
}

describe("Dash vs BokehJS 3.10, same document, same Chromium", () => {
  it("datetime axes: the same ticks and labels as BokehJS's DatetimeTicker; a selected run of a line stays in full colour", async () => {
    const r = await compare_case(browser, server.url("g_datetime"), { name: "g_datetime" }, out, async (page: Page, client: Client) => {
      if (client === "bokehjs") return { labels: await bokehjs_x_labels(page, ["year", "custom"]), shot: null, infos: [] };
      return { labels: null, shot: await Shot.take(page), infos: await plots(page, 2) };
    });
    expect(r.errors).toEqual([]);
    const bk = r.bokehjs!.labels!;
    // BokehJS: a year on a 300 px plot ticks every 2 months; "%b %d" lands on the 1st, never Dec 31
    expect(bk[0]).toEqual(["01/2024", "03/2024", "05/2024", "07/2024", "09/2024", "11/2024", "01/2025"]);
    const [year, custom] = r.dash!.infos;
    expect(year!.texts.filter((t) => /^\d\d\/\d{4}$/.test(t))).toEqual(bk[0]);
    expect(custom!.texts.filter((t) => /^[A-Z][a-z]{2} \d\d$/.test(t))).toEqual(bk[1]);
    expect(custom!.texts.some((t) => t.startsWith("Dec"))).toBe(false);
    // the selected run (days 10..12) is drawn in the line's own colour, the rest faded (nonselection alpha 0.1)
    const shot = r.dash!.shot!;
    const f = frame_on_page(year!);
    const dark = shot.count_in({ x: f.x, y: f.y, w: f.w * 0.12, h: f.h }, [0x1f, 0x77, 0xb4], 30);
    const dark_rest = shot.count_in({ x: f.x + f.w * 0.2, y: f.y, w: f.w * 0.8, h: f.h }, [0x1f, 0x77, 0xb4], 30);
    expect(dark, "selected run in full colour").toBeGreaterThan(4);
    expect(dark_rest, "unselected part faded").toBe(0);
    expect(r.score).toBeLessThan(0.012);
  }, 90_000);

  it("gridplot: frames line up in each column and row as BokehJS's; the left toolbar starts at the top", async () => {
    const r = await compare_case(browser, server.url("g_grid"), { name: "g_grid" }, out, async (page: Page, client: Client) => {
      if (client === "bokehjs") return null;
      const bar = (await page.locator(".dash-grid-toolbar").boundingBox())!;
      const first = (await page.locator(".dash-grid-toolbar .dash-tool").first().boundingBox())!;
      return { infos: await plots(page, 4), bar, first };
    });
    expect(r.errors).toEqual([]);
    const [p0, p1, p2, p3] = r.dash!.infos.map(frame_on_page);
    // 0..1 and 0..100000 tick labels differ in width; the frames still share their left edges
    expect(p0!.x).toBeCloseTo(p2!.x, 0);
    expect(p1!.x).toBeCloseTo(p3!.x, 0);
    expect(p0!.y).toBeCloseTo(p1!.y, 0);
    expect(p2!.y).toBeCloseTo(p3!.y, 0);
    expect(p0!.w).toBeCloseTo(p2!.w, 0);
    expect(r.dash!.first.y - r.dash!.bar.y).toBeLessThan(6);
    expect(r.score).toBeLessThan(0.02);
  }, 90_000);

  it("toolbar above in the title row, right-aligned; a Div's <style> stays in the Div; Select, Button(width=60) and DataTable sized and drawn as BokehJS", async () => {
    const r = await compare_case(browser, server.url("g_widgets"), { name: "g_widgets" }, out, async (page: Page, client: Client) => {
      if (client === "bokehjs") return null;
      const info = await plot_info(page, 0);
      const tools = (await page.locator(".dash-plot .dash-toolbar").first().boundingBox())!;
      const color = (hasText: string) => page.locator(".dash-div p", { hasText }).evaluate((e) => getComputedStyle(e).color);
      const select = (await page.locator(".dash-select select").boundingBox())!;
      const button = (await page.locator(".dash-button button").boundingBox())!;
      const rows = await page.locator(".dash-table tbody tr").evaluateAll((trs) => trs.map((tr) => {
        const td = tr.querySelectorAll("td");
        return { bg: getComputedStyle(td[1]!).backgroundColor, index: td[0]!.textContent, align: getComputedStyle(td[0]!).textAlign };
      }));
      return { info, tools, inside: await color("inside"), outside: await color("outside"), select, button, rows };
    });
    expect(r.errors).toEqual([]);
    const d = r.dash!;
    // the title and the toolbar (its buttons, then the logo) share the first 30 px; the toolbar ends at the plot's right edge
    expect(d.info.frame.y).toBeLessThanOrEqual(31);
    expect(d.tools.y).toBeLessThan(d.info.canvas.y + 30);
    expect(d.info.canvas.x + d.info.canvas.w - (d.tools.x + d.tools.width)).toBeLessThan(12);
    expect(d.inside).toBe("rgb(255, 0, 0)");
    expect(d.outside).not.toBe("rgb(255, 0, 0)");
    expect(d.select.width).toBeLessThan(120);
    expect(d.button.height).toBeLessThan(40); // "Go now" on one line
    expect(d.rows.map((x) => x.index)).toEqual(["0", "1", "2", "3"]);
    expect(d.rows[0]!.align).toBe("right");
    expect(d.rows[0]!.bg).not.toBe(d.rows[1]!.bg); // striped
    expect(d.rows[1]!.bg).toBe("rgb(240, 240, 240)");
    expect(r.score).toBeLessThan(0.015);
  }, 90_000);

  it("sizing modes: scale_width fills the width at the declared aspect; stretch_width never widens the page past the window", async () => {
    const r = await compare_case(browser, server.url("g_sizing"), { name: "g_sizing" }, out, async (page: Page) => ({
      scroll: await page.evaluate(() => document.documentElement.scrollWidth),
      canvases: await page.locator(".dash-plot canvas, .bk-Canvas").evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((b) => ({ w: b.width, h: b.height }))),
    }));
    expect(r.errors).toEqual([]);
    const d = r.dash!, bk = r.bokehjs!;
    expect(d.scroll).toBeLessThanOrEqual(900);
    expect(bk.scroll).toBeLessThanOrEqual(900);
    // the 400x200 plot scaled to the page's width: wider than declared, still close to 2:1, as wide as BokehJS's
    const scaled = d.canvases[0]!;
    expect(scaled.w).toBeGreaterThan(800);
    expect(scaled.w / scaled.h).toBeGreaterThan(1.9);
    expect(scaled.w / scaled.h).toBeLessThan(2.2);
    expect(Math.abs(scaled.w - bk.canvases[0]!.w)).toBeLessThan(12);
    expect(Math.abs(scaled.h - bk.canvases[0]!.h)).toBeLessThan(12);
    expect(r.score).toBeLessThan(0.025);
  }, 90_000);
});
