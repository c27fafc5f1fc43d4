/**
 * Headless Chromium for the BokehJS end-to-end tests (one browser per test file), pages that
 * record every console error/warning and page error, and small helpers to read the BokehJS
 * document a page holds (`Bokeh.documents[0]`) by model name.
 */
import http from "node:http";
import type { Page } from "playwright-core";
import { decode_token } from "@dash/server";


export { use_browser, until, type WatchedPage, type BrowserFixture } from "../support/browser.ts";

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
