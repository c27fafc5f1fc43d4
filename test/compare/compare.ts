/**
 * Dash vs BokehJS 3.10, side by side: the same document (one session each) rendered by Dash's
 * client (`?client=dash`) and by BokehJS (`?client=bokehjs`) in the same headless Chromium, at
 * the same viewport; the screenshots are compared with pixelmatch and the score is the share of
 * pixels that differ (0 = identical). The pair and the diff image can be written to
 * docs/img/compare/ (`<case>.dash.png`, `<case>.bokehjs.png`, `<case>.diff.png`).
 *
 * Used by test/browser/compare.test.ts (a threshold per image) and `npm run bench -- compare`
 * (every example and the gallery, a score table). No vitest imports here.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import type { AppModule } from "@dash/server";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const COMPARE_DIR = join(ROOT, "docs/img/compare");

export interface Case {
  /** The app's name on the server. */
  readonly name: string;
  readonly viewport?: { width: number; height: number };
  /** Waits after the first frame (streaming apps). */
  readonly settle_ms?: number;
}

export interface Score {
  readonly name: string;
  /** Share of differing pixels, 0..1. */
  readonly score: number;
  readonly width: number;
  readonly height: number;
  readonly dash_ms: number;
  readonly bokehjs_ms: number;
}

const VIEWPORT = { width: 900, height: 600 };

/** The examples (examples/*.ts, imported as app modules) and the gallery (test/compare/gallery). */
export async function load_apps(names?: readonly string[]): Promise<Record<string, AppModule>> {
  const all: Record<string, () => Promise<AppModule>> = {
    sliders: () => import("../../examples/sliders.ts"),
    categorical: () => import("../../examples/categorical.ts"),
    crossfilter: () => import("../../examples/crossfilter.ts"),
    data_table: () => import("../../examples/data_table.ts"),
    linked_selection: () => import("../../examples/linked_selection.ts"),
    widgets: () => import("../../examples/widgets.ts"),
    shared_board: () => import("../../examples/shared_board.ts"),
    streaming: () => import("../../examples/streaming.ts"),
    big_scatter: () => import("../../examples/big_scatter.ts"),
    g_datetime: () => import("./gallery/datetime.ts"),
    g_grid: () => import("./gallery/grid.ts"),
    g_widgets: () => import("./gallery/widgets.ts"),
    g_sizing: () => import("./gallery/sizing.ts"),
  };
  const out: Record<string, AppModule> = {};
  for (const [name, load] of Object.entries(all)) if (names === undefined || names.includes(name)) out[name] = await load();
  return out;
}

/** Every case the bench compares (streaming ones get time to fill in). */
export const CASES: readonly Case[] = [
  { name: "sliders" }, { name: "categorical" }, { name: "crossfilter" }, { name: "data_table" },
  { name: "linked_selection" }, { name: "widgets" }, { name: "shared_board" },
  { name: "streaming", settle_ms: 1500 }, { name: "big_scatter" },
  { name: "g_datetime" }, { name: "g_grid" }, { name: "g_widgets" }, { name: "g_sizing" },
];

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())))));
}

export type Client = "dash" | "bokehjs";
/** Read what a page drew before it closes (the tests' checks beside the score). */
export type Probe<T> = (page: Page, client: Client) => Promise<T>;

/** Open `url` under one client and screenshot the viewport once it has drawn. */
export async function shoot<T = undefined>(browser: Browser, url: string, client: Client, c: Case, probe?: Probe<T>): Promise<{ png: PNG; ms: number; probed: T | undefined; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: c.viewport ?? VIEWPORT });
  try {
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const t0 = Date.now();
    await page.goto(`${url}?client=${client}`);
    if (client === "dash") {
      await page.waitForSelector("[data-dash-ready=true]", { state: "attached", timeout: 60_000 });
    } else {
      await page.waitForFunction(() => {
        const docs = (window as unknown as { Bokeh?: { documents: Array<{ is_idle: boolean }> } }).Bokeh?.documents ?? [];
        return docs.length > 0 && docs.every((d) => d.is_idle);
      }, undefined, { timeout: 60_000, polling: 50 });
    }
    const ms = Date.now() - t0;
    if (c.settle_ms !== undefined) await page.waitForTimeout(c.settle_ms);
    await settle(page);
    const png = PNG.sync.read(await page.screenshot());
    const probed = probe === undefined ? undefined : await probe(page, client);
    return { png, ms, probed, errors };
  } finally {
    await ctx.close();
  }
}

/** Score one case; with `out_dir`, write the pair and the diff image there. */
export async function compare_case<T = undefined>(browser: Browser, url: string, c: Case, out_dir?: string, probe?: Probe<T>): Promise<Score & { dash: T | undefined; bokehjs: T | undefined; errors: string[] }> {
  const dash = await shoot(browser, url, "dash", c, probe);
  const bk = await shoot(browser, url, "bokehjs", c, probe);
  const { width, height } = dash.png;
  const diff = new PNG({ width, height });
  const n = pixelmatch(dash.png.data, bk.png.data, diff.data, width, height, { threshold: 0.1 });
  if (out_dir !== undefined) {
    mkdirSync(out_dir, { recursive: true });
    writeFileSync(join(out_dir, `${c.name}.dash.png`), PNG.sync.write(dash.png));
    writeFileSync(join(out_dir, `${c.name}.bokehjs.png`), PNG.sync.write(bk.png));
    writeFileSync(join(out_dir, `${c.name}.diff.png`), PNG.sync.write(diff));
  }
  return { name: c.name, score: n / (width * height), width, height, dash_ms: dash.ms, bokehjs_ms: bk.ms, dash: dash.probed, bokehjs: bk.probed, errors: [...dash.errors, ...bk.errors] };
}
