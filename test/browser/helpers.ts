/**
 * Browser end-to-end helpers: one headless Chromium per test file, pages that record console
 * problems, the plot hook (`window.Dash.embedded[i].view.plots()[j].inspect()`, see
 * packages/client/src/main.ts), data -> page pixel mapping and PNG pixel reads (pngjs).
 */
import { afterAll, beforeAll } from "vitest";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import type { AppModule, Document, ServerSession } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";

export { CHROMIUM_ARGS } from "../support/chromium.ts";
export { launch_chromium as launch } from "../support/chromium.ts";

export { use_browser, watch, until, type WatchedPage, type BrowserFixture } from "../support/browser.ts";

/** A real Dash server on 127.0.0.1 with these apps, for one test file (started before its tests, closed after). */
export interface ServerFixture {
  url(app: string): string;
  /** The newest session of `app` (the one the last page opened). */
  session(app: string): ServerSession;
  doc(app: string): Document;
}

export function use_server(apps: Record<string, AppModule>, opts: Parameters<typeof start>[1] = {}): ServerFixture {
  let r: Running | null = null;
  beforeAll(async () => {
    r = await start(apps, opts);
  });
  afterAll(async () => {
    await r?.close();
  });
  const running = (): Running => {
    if (r === null) throw new Error("the server is not running");
    return r;
  };
  const session = (app: string): ServerSession => {
    const s = running().server.dash.managers.get(app)?.all().at(-1);
    if (s === undefined) throw new Error(`no session of ${app}`);
    return s;
  };
  return { url: (app) => running().url(app), session, doc: (app) => session(app).document };
}
import { until, type WatchedPage } from "../support/browser.ts";

/** Open an app page and wait for `data-dash-ready` (every plot drew its first frame). */
export async function open_app(w: WatchedPage, url: string, timeout = 20_000): Promise<void> {
  await w.page.goto(url);
  try {
    await w.page.waitForSelector("[data-dash-ready=true]", { state: "attached", timeout });
  } catch (e) {
    throw new Error(`page never became ready: ${String(e)}\n${w.console.join("\n")}`);
  }
}

export interface Rect { x: number; y: number; w: number; h: number }
export interface PlotInfo {
  renderer: "webgl" | "canvas";
  frames: number;
  glyph_builds: number;
  glyph_appends: number;
  glyph_patches: number;
  /** Glyph views holding their data in GPU buffers (WebGL Scatter and solid Line). */
  gpu_glyphs: number;
  frame: Rect;
  x_range: [number, number] | null;
  y_range: [number, number] | null;
  texts: string[];
  legend_items: Array<{ x: number; y: number; w: number; h: number; policy: "hide" | "mute" }>;
  /** The pixi canvas element's box in page CSS px. */
  canvas: Rect;
}

/** What plot `index` of the first embedded item drew last. */
export function plot_info(page: Page, index = 0): Promise<PlotInfo> {
  return page.evaluate((index) => {
    type Inspect = Omit<PlotInfo, "canvas">;
    type PV = { inspect(): Inspect; canvas_el: HTMLElement };
    const dash = (window as unknown as { Dash: { embedded: Array<{ view: { plots(): PV[] } }> } }).Dash;
    const pv = dash.embedded[0]!.view.plots()[index]!;
    const c = pv.canvas_el.querySelector("canvas")!.getBoundingClientRect();
    return { ...pv.inspect(), canvas: { x: c.x, y: c.y, w: c.width, h: c.height } };
  }, index);
}

/** Page CSS px of a data point on linear scales. */
export function to_page(info: PlotInfo, x: number, y: number): { x: number; y: number } {
  const [x0, x1] = info.x_range!, [y0, y1] = info.y_range!;
  const f = info.frame;
  return {
    x: info.canvas.x + f.x + ((x - x0) / (x1 - x0)) * f.w,
    y: info.canvas.y + f.y + f.h - ((y - y0) / (y1 - y0)) * f.h,
  };
}

/** A decoded screenshot. */
export class Shot {
  constructor(readonly png: PNG) {}
  static async take(page: Page, save?: string): Promise<Shot> {
    const buf = await page.screenshot({ path: save });
    return new Shot(PNG.sync.read(buf));
  }
  rgb(x: number, y: number): [number, number, number] {
    const xi = Math.round(x), yi = Math.round(y);
    const i = (this.png.width * yi + xi) * 4;
    const d = this.png.data;
    return [d[i]!, d[i + 1]!, d[i + 2]!];
  }
  /** Pixels within `r` px of (x, y) whose colour is within `tol` of `rgb`. */
  count_near(x: number, y: number, rgb: readonly [number, number, number], r = 3, tol = 40): number {
    let n = 0;
    for (let dy = -r; dy <= r; dy++) for (let dx = -r; dx <= r; dx++) if (close(this.rgb(x + dx, y + dy), rgb, tol)) n++;
    return n;
  }
  /** The mean position of the pixels in a page rect matching `rgb` (null when none do). */
  centroid_in(rect: Rect, rgb: readonly [number, number, number], tol = 40): { x: number; y: number } | null {
    let n = 0, sx = 0, sy = 0;
    for (let y = Math.ceil(rect.y); y < rect.y + rect.h; y++) {
      for (let x = Math.ceil(rect.x); x < rect.x + rect.w; x++) if (close(this.rgb(x, y), rgb, tol)) { n++; sx += x; sy += y; }
    }
    return n === 0 ? null : { x: sx / n, y: sy / n };
  }
  /** Pixels in a page rect matching `rgb` within `tol`. */
  count_in(rect: Rect, rgb: readonly [number, number, number], tol = 40): number {
    let n = 0;
    for (let y = Math.ceil(rect.y); y < rect.y + rect.h; y++) for (let x = Math.ceil(rect.x); x < rect.x + rect.w; x++) if (close(this.rgb(x, y), rgb, tol)) n++;
    return n;
  }
}

export function close(a: readonly number[], b: readonly number[], tol: number): boolean {
  return Math.abs(a[0]! - b[0]!) <= tol && Math.abs(a[1]! - b[1]!) <= tol && Math.abs(a[2]! - b[2]!) <= tol;
}

/** The frame rect of a plot in page px. */
export function frame_on_page(info: PlotInfo): Rect {
  return { x: info.canvas.x + info.frame.x, y: info.canvas.y + info.frame.y, w: info.frame.w, h: info.frame.h };
}
