/**
 * Client rendering benchmark, headless Chromium (Debian's /usr/bin/chromium, software GL):
 * time to first render and frame time while panning a scatter of 100k and 1M points, Dash's
 * client (WebGL and canvas) against BokehJS 3.x (output_backend "webgl" and "canvas") rendering
 * the same document in the same browser. BokehJS is the baseline: ratio = BokehJS / Dash (> 1: Dash faster).
 *
 * - first render: navigation start -> the plot's first frame is drawn (Dash: `data-dash-ready`, which
 *   waits for every plot's first frame; BokehJS: `add_document_standalone` resolved + one animation frame).
 *   Dash pulls the document over its websocket from an in-process server; BokehJS fetches the same
 *   document's JSON (Document.to_json) from a local HTTP server.
 * - cases: scatter at 100k and 1M points, Ellipse at 100k; `RENDER_CASES=ellipse` runs only the keys containing it.
 * - pan frame: a pan of 20 pointer moves across the frame; mean time between animation frames while
 *   it runs (in-page rAF timestamps), and wall time per pointer move as Playwright sees it.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildServer, Document, figure, ColumnDataSource, type AppModule } from "@dash/server";
import { table } from "../util.ts";
import { group2_cases, measure_group2 } from "./render_group2.ts";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../test/support/chromium.ts";
import { points } from "../../test/browser/apps/big.ts";
const SIZES = [100_000, 1_000_000];
const W = 700, H = 500;

function app(n: number, backend: "webgl" | "canvas"): (doc: Document) => void {
  const data = points(n);
  return (doc) => {
    const source = new ColumnDataSource({ data: { x: data.x, y: data.y } });
    const p = figure({ title: `${n} points`, width: W, height: H, tools: "pan,wheel_zoom,reset", output_backend: backend, x_range: [0, 100], y_range: [0, 100] });
    p.scatter({ x: "x", y: "y", source, size: 3, color: "#1f77b4", fill_alpha: 0.5, line_color: null });
    doc.add_root(p);
  };
}

/** Ellipse at 100k items (issue 14): a separate case from the scatter sizes, same measurements. */
const ELLIPSES = 100_000;

function ellipse_app(n: number, backend: "webgl" | "canvas"): (doc: Document) => void {
  const data = points(n);
  return (doc) => {
    const source = new ColumnDataSource({ data: { x: data.x, y: data.y } });
    const p = figure({ title: `${n} ellipses`, width: W, height: H, tools: "pan,wheel_zoom,reset", output_backend: backend, x_range: [0, 100], y_range: [0, 100] });
    p.ellipse({ x: "x", y: "y", source, width: 0.6, height: 0.3, angle: 0.5, color: "#1f77b4", fill_alpha: 0.5, line_color: null });
    doc.add_root(p);
  };
}

async function listen(server: http.Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const a = server.address();
  return a !== null && typeof a === "object" ? a.port : 0;
}

/** A page with the BokehJS bundles that fetches /doc/<key>.json and renders it standalone. */
async function bokehjs_server(docs: Map<string, string>): Promise<{ url: (key: string) => string; close(): Promise<void> }> {
  const require = createRequire(import.meta.url);
  const dir = path.join(path.dirname(require.resolve("@bokeh/bokehjs/package.json")), "build", "js");
  const bundles = ["bokeh.min.js", "bokeh-gl.min.js", "bokeh-api.min.js"];
  const page = (key: string) => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${bundles.map((b) => `<script src="/${b}"></script>`).join("")}</head>
<body style="margin:0"><div id="root"></div><script>
(async () => {
  const json = await (await fetch("/doc/${key}.json")).json();
  const doc = Bokeh.Document.from_json(json);
  await Bokeh.embed.add_document_standalone(doc, document.getElementById("root"));
  requestAnimationFrame(() => { window.__ready = performance.now(); document.body.dataset.ready = "true"; });
})().catch((e) => console.error(String(e)));
</script></body></html>`;
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    const name = u.pathname.slice(1);
    if (bundles.includes(name)) {
      res.writeHead(200, { "content-type": "text/javascript" });
      fs.createReadStream(path.join(dir, name)).pipe(res);
    } else if (name.startsWith("doc/") && docs.has(name.slice(4, -5))) {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(docs.get(name.slice(4, -5)));
    } else if (name.startsWith("page/")) {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(page(name.slice(5)));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const port = await listen(server);
  return { url: (key) => `http://127.0.0.1:${port}/page/${key}`, close: () => new Promise((r) => server.close(() => r())) };
}

interface Measure { first_ms: number; frame_ms: number; move_ms: number; frames: number }

/** Pan across the middle of `frame` (page px) and time it. */
async function pan(page: Page, frame: { x: number; y: number; w: number; h: number }): Promise<Pick<Measure, "frame_ms" | "move_ms" | "frames">> {
  // a string, not a function: tsx's keepNames helpers do not exist in the page
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__rec = true;
    const tick = (t) => { if (!window.__rec) return; window.__frames.push(t); requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const cx = frame.x + frame.w * 0.75, cy = frame.y + frame.h / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const moves = 20;
  const t0 = performance.now();
  for (let i = 1; i <= moves; i++) await page.mouse.move(cx - (i * frame.w * 0.5) / moves, cy + Math.sin(i / 4) * 20);
  const wall = performance.now() - t0;
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const g = window as unknown as { __frames: number[]; __rec: boolean };
    g.__rec = false;
    return g.__frames;
  });
  const span = frames.length > 1 ? frames[frames.length - 1]! - frames[0]! : wall;
  return { frame_ms: span / Math.max(1, frames.length - 1), move_ms: wall / moves, frames: frames.length };
}

/** A fresh browser per measurement: a crash (BokehJS at 1M points can take the renderer down) stays local. */
async function with_browser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    return await fn(browser);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function dash_run(browser: Browser, url: string): Promise<Measure> {
  const page = await (await browser.newContext({ viewport: { width: 900, height: 700 } })).newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    new MutationObserver((_m, obs) => {
      if (document.querySelector("[data-dash-ready=true]") !== null) {
        (window as unknown as { __ready: number }).__ready = performance.now();
        obs.disconnect();
      }
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-dash-ready"] });
  });
  await page.goto(url);
  await page.waitForSelector("[data-dash-ready=true]", { state: "attached", timeout: 120_000 });
  const first_ms = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  const frame = await page.evaluate(() => {
    type PV = { inspect(): { frame: { x: number; y: number; w: number; h: number } }; canvas_el: HTMLElement };
    const pv = (window as unknown as { Dash: { embedded: Array<{ view: { plots(): PV[] } }> } }).Dash.embedded[0]!.view.plots()[0]!;
    const c = pv.canvas_el.querySelector("canvas")!.getBoundingClientRect();
    const f = pv.inspect().frame;
    return { x: c.x + f.x, y: c.y + f.y, w: f.w, h: f.h };
  });
  const m = await pan(page, frame);
  if (errors.length > 0) console.warn(`dash page errors: ${errors.join("; ")}`);
  await page.context().close();
  return { first_ms, ...m };
}

async function bokeh_run(browser: Browser, url: string): Promise<Measure> {
  const page = await (await browser.newContext({ viewport: { width: 900, height: 700 } })).newPage();
  const errors: string[] = [];
  page.on("crash", () => errors.push("page crashed"));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(url);
  try {
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
  } catch (e) {
    throw new Error(`BokehJS never rendered: ${errors.join("; ")}`, { cause: e });
  }
  const first_ms = await page.evaluate(() => (window as unknown as { __ready: number }).__ready);
  // BokehJS draws into a shadow DOM; the plot's frame: its canvas box less the default axis/title space
  const frame = await page.evaluate(() => {
    type PlotView = { frame: { bbox: { x: number; y: number; width: number; height: number } }; el: HTMLElement };
    const views = (window as unknown as { Bokeh: { index: Record<string, PlotView> } }).Bokeh.index;
    const pv = Object.values(views)[0]!;
    const r = pv.el.getBoundingClientRect();
    const b = pv.frame.bbox;
    return { x: r.x + b.x, y: r.y + b.y, w: b.width, h: b.height };
  });
  const m = await pan(page, frame);
  if (errors.length > 0) console.warn(`bokehjs page errors: ${errors.join("; ")}`);
  await page.context().close();
  return { first_ms, ...m };
}

export async function run(): Promise<void> {
  // `npm run bench -- render --group2`: only the glyphs group 2 cases
  // (`--group2=HexTile`: only that glyph's cases)
  const only_group2 = process.argv.some((a) => a === "--group2" || a.startsWith("--group2="));
  const group2_glyph = process.argv.find((a) => a.startsWith("--group2="))?.slice("--group2=".length);
  const apps: Record<string, AppModule> = {};
  const docs = new Map<string, string>();
  const cases: Array<{ key: string; items: string; backend: "webgl" | "canvas" }> = [];
  for (const n of SIZES) for (const backend of ["webgl", "canvas"] as const) cases.push({ key: `s${n}_${backend}`, items: `${n} scatter`, backend });
  for (const backend of ["webgl", "canvas"] as const) cases.push({ key: `ellipse${ELLIPSES}_${backend}`, items: `${ELLIPSES} ellipse`, backend });
  // RENDER_CASES=ellipse (a substring of the case keys) runs only those cases
  const only = process.env["RENDER_CASES"];
  if (only) cases.splice(0, cases.length, ...cases.filter((c) => c.key.includes(only)));
  for (const { key, backend } of cases) {
    const make = key.startsWith("ellipse") ? ellipse_app(ELLIPSES, backend) : app(Number(key.slice(1, key.indexOf("_"))), backend);
    apps[key] = { default: make } as AppModule;
    const doc = new Document();
    make(doc);
    docs.set(key, JSON.stringify(doc.to_json().json));
  }
  // glyphs group 2 (HexTile, MultiPolygons at 100k items): their own table below
  const group2 = group2_cases().filter((c) => group2_glyph == null || c.glyph === group2_glyph);
  for (const c of group2) {
    apps[c.key] = { default: c.make } as AppModule;
    const doc = new Document();
    c.make(doc);
    docs.set(c.key, JSON.stringify(doc.to_json().json));
  }
  const server = buildServer({ apps, port: 0, log_level: "warn", allow_websocket_origin: ["*"] });
  await server.listen({ port: 0, host: "127.0.0.1" });
  const addr = server.server.address();
  const dash_port = addr !== null && typeof addr === "object" ? addr.port : 0;
  const bk = await bokehjs_server(docs);
  const rows: Array<Record<string, string | number>> = [];
  let group2_rows: Array<Record<string, string | number>> = [];
  try {
    // warm the client bundle (built on first request) and the browser
    if (cases.length > 0) await with_browser((b) => dash_run(b, `http://127.0.0.1:${dash_port}/${cases[0]!.key}?renderer=${cases[0]!.backend}`)).catch(() => undefined);
    for (const { key, items, backend } of only_group2 ? [] : cases) {
      const failed = (who: string) => (e: unknown): Measure => {
        console.warn(`${who} ${key}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
        return { first_ms: NaN, frame_ms: NaN, move_ms: NaN, frames: 0 };
      };
      const d = await with_browser((br) => dash_run(br, `http://127.0.0.1:${dash_port}/${key}?renderer=${backend}`)).catch(failed("dash"));
      const b = await with_browser((br) => bokeh_run(br, bk.url(key))).catch(failed("bokehjs"));
      rows.push({
        items, backend,
        "dash first ms": d.first_ms, "bokehjs first ms": b.first_ms, "first ratio": b.first_ms / d.first_ms,
        "dash frame ms": d.frame_ms, "bokehjs frame ms": b.frame_ms, "frame ratio": b.frame_ms / d.frame_ms,
        "dash move ms": d.move_ms, "bokehjs move ms": b.move_ms,
      });
    }
    const failed = (who: string, key: string) => (e: unknown) => {
      console.warn(`${who} ${key}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
      return { first_ms: NaN, frame_ms: NaN, move_ms: NaN, frames: 0 };
    };
    group2_rows = await measure_group2(group2, {
      dash: (c) => with_browser((br) => dash_run(br, `http://127.0.0.1:${dash_port}/${c.key}?renderer=${c.backend}`)).catch(failed("dash", c.key)),
      bokehjs: (c) => with_browser((br) => bokeh_run(br, bk.url(c.key))).catch(failed("bokehjs", c.key)),
    });
  } finally {
    await bk.close();
    await server.close();
  }
  if (rows.length > 0) table("client render: Dash vs BokehJS 3.x, headless Chromium, software GL (ratio = BokehJS / Dash, > 1: Dash faster)", rows);
  table("client render, glyphs group 2 at 100k items: Dash vs BokehJS 3.x (ratio = BokehJS / Dash, > 1: Dash faster)", group2_rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
