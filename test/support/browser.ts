/**
 * One headless Chromium per test file (launched in beforeAll, closed in afterAll) and pages
 * that record what the browser complained about, for every browser test folder.
 */
import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launch_chromium } from "./chromium.ts";

export interface WatchedPage {
  readonly page: Page;
  /** console errors and uncaught page errors, in order. */
  readonly errors: string[];
  /** errors plus console warnings (BokehJS reports refused models as warnings). */
  readonly problems: string[];
  /** Every console line (for failure messages). */
  readonly console: string[];
}

export interface PageOptions {
  readonly viewport?: { width: number; height: number };
  readonly device_scale?: number;
}

export interface BrowserFixture {
  new_page(opts?: PageOptions): Promise<WatchedPage>;
}

export function watch(page: Page): WatchedPage {
  const errors: string[] = [];
  const problems: string[] = [];
  const lines: string[] = [];
  page.on("console", (m) => {
    const line = `${m.type()}: ${m.text()}`;
    lines.push(line);
    if (m.type() === "error") errors.push(line);
    if (m.type() === "error" || m.type() === "warning") problems.push(line);
  });
  page.on("pageerror", (e) => {
    errors.push(`pageerror: ${String(e)}`);
    problems.push(`pageerror: ${String(e)}`);
  });
  return { page, errors, problems, console: lines };
}

export function use_browser(defaults: PageOptions = {}): BrowserFixture {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch_chromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  return {
    async new_page(opts = {}) {
      if (browser === null) throw new Error("use_browser() must be called at a test file's top level");
      const viewport = opts.viewport ?? defaults.viewport ?? { width: 900, height: 700 };
      const ctx = await browser.newContext({ viewport, deviceScaleFactor: opts.device_scale ?? defaults.device_scale });
      return watch(await ctx.newPage());
    },
  };
}

/**
 * Poll `pred` until it returns a truthy value. A throw counts as "not yet" (a page may be
 * rebuilding a view right then); the last error is reported if time runs out.
 */
export async function until<T>(pred: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await pred();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last === null ? "" : ` (last error: ${String(last)})`}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
