/**
 * End-to-end helpers for the example apps: start the real `dash serve` CLI on a free port,
 * one headless Chromium per test file, pages that record console errors, and pixel checks on
 * PNG screenshots (glyph colours where data must land, plot frames found by their outline).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Page } from "playwright-core";
import { serve_example, type Served } from "./serve.ts";
import { PNG } from "pngjs";

export { ROOT, CHROMIUM_ARGS, serve_example, type Served } from "./serve.ts";

export { type WatchedPage } from "../support/browser.ts";
import { use_browser as use_shared_browser, until as poll, type WatchedPage } from "../support/browser.ts";

/** Example apps rebuild whole plots: poll a little longer than the default. */
export function until<T>(pred: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeout = 15_000): Promise<T> {
  return poll(pred, what, timeout);
}

/** `dash serve examples/<name>.ts` for the enclosing describe block: started before its tests, stopped after. */
export function use_example(name: string): Pick<Served, "url" | "output"> {
  let served: Served | null = null;
  beforeAll(async () => { served = await serve_example(name); });
  afterAll(() => served?.stop());
  const running = (): Served => {
    if (served === null) throw new Error(`examples/${name}.ts is not being served`);
    return served;
  };
  return { get url() { return running().url; }, output: () => running().output() };
}

/** Example pages are a little wider: layouts of several plots side by side. */
export function use_browser(): { new_page(viewport?: { width: number; height: number }): Promise<WatchedPage> } {
  const b = use_shared_browser({ viewport: { width: 1000, height: 700 } });
  return { new_page: (viewport) => b.new_page(viewport === undefined ? {} : { viewport }) };
}

/** Open an app page and wait until the document is mounted and every plot has drawn once. */
export async function open_app(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("[data-dash-ready=true]", { timeout: 30_000 });
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>(".dash-plot")].every((p) => p.dataset["renderMs"] !== undefined), undefined, { timeout: 30_000 });
  await settle(page);
}

/** Two animation frames: lets pending renders land. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}

export type RGB = readonly [number, number, number];

export interface Box { x: number; y: number; w: number; h: number }

export class Shot {
  constructor(readonly png: PNG) {}
  get width(): number { return this.png.width; }
  get height(): number { return this.png.height; }
  at(x: number, y: number): RGB {
    const i = (Math.round(y) * this.png.width + Math.round(x)) * 4;
    const d = this.png.data;
    return [d[i]!, d[i + 1]!, d[i + 2]!];
  }
  /** Pixels within `tol` (max channel difference) of `c` inside `box` (default: everything). */
  count(c: RGB, box: Box = { x: 0, y: 0, w: this.width, h: this.height }, tol = 24): number {
    let n = 0;
    const x1 = Math.min(this.width, Math.round(box.x + box.w)), y1 = Math.min(this.height, Math.round(box.y + box.h));
    for (let y = Math.max(0, Math.round(box.y)); y < y1; y++) {
      for (let x = Math.max(0, Math.round(box.x)); x < x1; x++) if (close(this.at(x, y), c, tol)) n++;
    }
    return n;
  }
  /** Bounding box of pixels close to `c` inside `box`, or null. */
  bbox(c: RGB, box: Box = { x: 0, y: 0, w: this.width, h: this.height }, tol = 24): Box | null {
    let x0 = Infinity, y0 = Infinity, xm = -Infinity, ym = -Infinity;
    const x1 = Math.min(this.width, Math.round(box.x + box.w)), y1 = Math.min(this.height, Math.round(box.y + box.h));
    for (let y = Math.max(0, Math.round(box.y)); y < y1; y++) {
      for (let x = Math.max(0, Math.round(box.x)); x < x1; x++) {
        if (!close(this.at(x, y), c, tol)) continue;
        if (x < x0) x0 = x;
        if (x > xm) xm = x;
        if (y < y0) y0 = y;
        if (y > ym) ym = y;
      }
    }
    return x0 === Infinity ? null : { x: x0, y: y0, w: xm - x0 + 1, h: ym - y0 + 1 };
  }
  /** Is there a pixel close to `c` within `r` px of (x, y)? */
  near(x: number, y: number, c: RGB, r = 3, tol = 40): boolean {
    return this.count(c, { x: x - r, y: y - r, w: 2 * r + 1, h: 2 * r + 1 }, tol) > 0;
  }
}

function close(a: RGB, b: RGB, tol: number): boolean {
  return Math.abs(a[0] - b[0]) <= tol && Math.abs(a[1] - b[1]) <= tol && Math.abs(a[2] - b[2]) <= tol;
}

export function hex(c: string): RGB {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(c);
  if (m === null) throw new Error(`not a #rrggbb colour: ${c}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const SHOT_DIR = "/tmp/dash-example-shots";

/** Screenshot of the page (or one element) as decoded pixels; a copy goes to /tmp/dash-example-shots/<label>.png. */
export async function shot(page: Page, label: string, selector?: string): Promise<Shot> {
  await settle(page);
  const buf = selector === undefined ? await page.screenshot() : await page.locator(selector).first().screenshot();
  try {
    mkdirSync(SHOT_DIR, { recursive: true });
    writeFileSync(join(SHOT_DIR, `${label}.png`), buf);
  } catch {
    // the copy is for people looking at failures; never fail a test on it
  }
  return new Shot(PNG.sync.read(buf));
}

/** Page-space box of the n-th plot's canvas. */
export async function plot_box(page: Page, n = 0): Promise<Box> {
  const b = await page.locator(".dash-plot canvas").nth(n).boundingBox();
  if (b === null) throw new Error(`plot ${n} has no canvas`);
  return { x: b.x, y: b.y, w: b.width, h: b.height };
}

/**
 * The plot frame (data area) inside `canvas`, found from the axis lines: the column with the
 * longest vertical run of dark pixels is the left axis (its run spans the frame's height) and
 * the row with the longest horizontal run is the bottom axis (spanning the frame's width).
 * Works for plots with their axes below and left (figure()'s default).
 */
export function frame_of(s: Shot, canvas: Box): Box {
  const dark = (x: number, y: number): boolean => {
    const [r, g, b] = s.at(x, y);
    return r < 90 && g < 90 && b < 90;
  };
  const x0 = Math.max(0, Math.round(canvas.x)), x1 = Math.min(s.width, Math.round(canvas.x + canvas.w));
  const y0 = Math.max(0, Math.round(canvas.y)), y1 = Math.min(s.height, Math.round(canvas.y + canvas.h));
  let best_col = { len: 0, x: 0, start: 0 };
  for (let x = x0; x < x1; x++) {
    let run = 0;
    for (let y = y0; y < y1; y++) {
      run = dark(x, y) ? run + 1 : 0;
      if (run > best_col.len) best_col = { len: run, x, start: y - run + 1 };
    }
  }
  let best_row = { len: 0, y: 0, start: 0 };
  for (let y = y0; y < y1; y++) {
    let run = 0;
    for (let x = x0; x < x1; x++) {
      run = dark(x, y) ? run + 1 : 0;
      if (run > best_row.len) best_row = { len: run, y, start: x - run + 1 };
    }
  }
  if (best_col.len < 20 || best_row.len < 20) throw new Error("no axis lines found in the plot");
  // the frame starts just right of the left axis line and ends just above the bottom one
  const left = best_col.x + 1, bottom = best_row.y - 1;
  const right = best_row.start + best_row.len - 1, top = best_col.start;
  return { x: left, y: top, w: right - left + 1, h: bottom - top + 1 };
}

/** A linear data -> pixel map for a frame showing [x0, x1] x [y0, y1]. */
export function mapper(frame: Box, x0: number, x1: number, y0: number, y1: number): (x: number, y: number) => [number, number] {
  return (x, y) => [frame.x + ((x - x0) / (x1 - x0)) * (frame.w - 1), frame.y + frame.h - 1 - ((y - y0) / (y1 - y0)) * (frame.h - 1)];
}

/** Set a native range input (a Slider's DOM) to `value` and fire input + change, as a drag does. */
export async function set_slider(page: Page, title: string, value: number): Promise<void> {
  const slider = page.locator(".dash-slider", { hasText: `${title}:` }).first();
  await slider.locator("input[type=range]").first().evaluate((el, v) => {
    const input = el as HTMLInputElement;
    input.value = String(v);
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, value);
}
