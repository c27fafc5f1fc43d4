/**
 * Headless Chromium for the BokehJS end-to-end tests (one browser per test file), pages that
 * record every console error/warning and page error, and small helpers to read the BokehJS
 * document a page holds (`Bokeh.documents[0]`) by model name.
 */
import http from "node:http";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";
import { decode_token } from "@dash/server";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";

export interface WatchedPage {
  readonly page: Page;
  /** console.error / console.warn lines and uncaught page errors, in order. */
  readonly problems: string[];
  /** Every console line (for failure messages). */
  readonly console: string[];
}

export interface BrowserFixture {
  new_page(): Promise<WatchedPage>;
}

/** Launches Chromium in beforeAll, closes it (and its pages) in afterAll. */
export function use_browser(): BrowserFixture {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  return {
    async new_page() {
      if (browser === null) throw new Error("use_browser() must be called at a test file's top level");
      const ctx = await browser.newContext({ viewport: { width: 900, height: 700 } });
      const page = await ctx.newPage();
      const problems: string[] = [];
      const lines: string[] = [];
      page.on("console", (m) => {
        lines.push(`${m.type()}: ${m.text()}`);
        if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`pageerror: ${String(e)}`));
      return { page, problems, console: lines };
    },
  };
}

/** Wait until `pred` returns a truthy value (polled). */
export async function until<T>(pred: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await pred();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

type Attr = string | number | boolean | null;

/** An attribute of the model named `name` in the page's BokehJS document (null when absent). */
export function bk_attr(page: Page, name: string, attr: string): Promise<Attr> {
  return page.evaluate(([name, attr]) => {
    type Doc = { get_model_by_name(n: string): Record<string, unknown> | null };
    const docs = (window as unknown as { Bokeh?: { documents: Doc[] } }).Bokeh?.documents ?? [];
    for (const d of docs) {
      const m = d.get_model_by_name(name);
      if (m !== null) return m[attr] as Attr;
    }
    return null;
  }, [name, attr] as const);
}

/** Rows of the ColumnDataSource named `name` in the page's BokehJS document (-1 when absent). */
export function bk_rows(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => {
    type Doc = { get_model_by_name(n: string): { get_length(): number | null } | null };
    const docs = (window as unknown as { Bokeh?: { documents: Doc[] } }).Bokeh?.documents ?? [];
    for (const d of docs) {
      const m = d.get_model_by_name(name);
      if (m !== null) return m.get_length() ?? 0;
    }
    return -1;
  }, name);
}

/** The session id of the token a BokehJS page embeds in its render_items. */
export async function page_session_id(page: Page): Promise<string> {
  const html = await page.content();
  const m = /"token":"([^"]+)"/.exec(html);
  if (m === null) throw new Error("no token in the page");
  return decode_token(m[1]!).session_id;
}

/** Drag the first noUiSlider handle (BokehJS's Slider) by `dx` pixels. */
export async function drag_bk_slider(page: Page, dx: number): Promise<void> {
  const box = await page.locator(".noUi-handle").first().boundingBox();
  if (box === null) throw new Error("no slider handle");
  const x = box.x + box.width / 2, y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 6 });
  await page.mouse.up();
}

/** A plain HTTP server on 127.0.0.1 serving one HTML page at `/` (another origin for embedding). */
export async function host_page(html: () => string): Promise<{ url: string; port: number; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url === "/" || req.url?.startsWith("/?")) {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html());
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const addr = server.address();
  const port = addr !== null && typeof addr === "object" ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What Bokeh's `server_document(url, arguments)` writes: a script tag that XHRs autoload.js and runs it. */
export function server_document(url: string, args: Record<string, string> = {}, elementid = "p1234"): string {
  const app_path = new URL(url).pathname;
  const q = new URLSearchParams({ "bokeh-autoload-element": elementid, "bokeh-app-path": app_path, "bokeh-absolute-url": url, ...args });
  const src = `${url}/autoload.js?${q.toString()}`;
  return `<script id="${elementid}">
  (function() {
    const xhr = new XMLHttpRequest();
    xhr.responseType = "blob";
    xhr.open("GET", ${JSON.stringify(src)}, true);
    xhr.onload = function (event) {
      const script = document.createElement("script");
      script.src = URL.createObjectURL(event.target.response);
      document.body.appendChild(script);
    };
    xhr.send();
  })();
</script>`;
}
