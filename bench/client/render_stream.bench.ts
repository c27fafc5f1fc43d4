/**
 * Streaming render benchmark, headless Chromium (Debian's /usr/bin/chromium, software GL):
 * one Dash server app streams 100 points every 50 ms (ColumnsStreamed, rollover 10,000) into a
 * line + scatter plot whose source starts full (10,000 points of a seeded random walk), so every
 * stream rolls over; auto ranges follow the data. The same session document is rendered by Dash's
 * client (`?client=dash`) and by BokehJS 3.x (`?client=bokehjs`, Dash serves its pages) in the
 * same browser, one fresh browser per measurement, with output_backend "webgl" (Dash: WebGL) and
 * "canvas" (Dash: `?renderer=canvas`). A second document with the line alone isolates the line's
 * streaming path (software GL spends much of a frame on the 10,000 scatter markers).
 *
 * Per-frame time: intervals between requestAnimationFrame callbacks over a 5 s window, 1 s after
 * the plot first drew (median, p95, and dropped frames: intervals > 25 ms). Streams/s: rows that
 * reached the page's document during the window / 100 per second (the server sends 20/s).
 * Script ms/s: the page's main-thread JavaScript time per second over the window (CDP
 * Performance.getMetrics ScriptDuration). Ratio = BokehJS / Dash (> 1: Dash smoother). Dash glyph
 * builds: the glyph views built since the page loaded (one per glyph, never rebuilt by the streams).
 *
 *   npm run bench -- render-stream
 */
import { chromium, type Browser, type Page } from "playwright-core";
import { buildServer, figure, ColumnDataSource, type AppModule, type Document } from "@dash/server";
import { table } from "../util.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../test/support/chromium.ts";
import { mulberry32 } from "../../test/support/random.ts";

const ROLLOVER = 10_000, CHUNK = 100, PERIOD_MS = 50;
const WARM_MS = 1000, WINDOW_MS = 5000, DROPPED_MS = 25;
const W = 700, H = 400;

/** Only the app being measured streams (a closed page's session would otherwise go on). */
export const state = { live: null as string | null };

type Backend = "webgl" | "canvas";
type Case = "line+scatter" | "line";

export function app(key: string, backend: Backend, glyphs: Case = "line+scatter"): (doc: Document) => void {
  return (doc) => {
    const rnd = mulberry32(7);
    const x = new Float64Array(ROLLOVER), y = new Float64Array(ROLLOVER);
    let t = 0, v = 0;
    for (; t < ROLLOVER; t++) { v += rnd() - 0.5; x[t] = t; y[t] = v; }
    const source = new ColumnDataSource({ name: "src", data: { x, y } });
    const p = figure({ name: "plot", title: "streaming", width: W, height: H, tools: "pan,wheel_zoom,reset", output_backend: backend });
    p.line({ x: "x", y: "y", source, line_color: "#1f77b4", line_width: 2 });
    if (glyphs === "line+scatter") p.scatter({ x: "x", y: "y", source, size: 4, color: "#ff7f0e", line_color: null });
    doc.add_root(p);
    doc.add_periodic_callback(() => {
      if (state.live !== key) return;
      const nx = new Float64Array(CHUNK), ny = new Float64Array(CHUNK);
      for (let i = 0; i < CHUNK; i++, t++) { v += rnd() - 0.5; nx[i] = t; ny[i] = v; }
      source.stream({ x: nx, y: ny }, ROLLOVER);
    }, PERIOD_MS);
  };
}

/** rAF intervals (ms); frames in the window; streams that reached the page's document per second. */
interface Measure { median: number; p95: number; dropped: number; frames: number; streams: number; script: number; builds: number | null }

/** [page time, last x of the page's source]: Dash's replica or BokehJS's document. */
const LAST_X = `(() => {
  const d = window.Dash ? window.Dash.embedded[0].document : window.Bokeh.documents[0];
  const x = d.get_model_by_name("src").data.x;
  return [performance.now(), x[x.length - 1]];
})()`;

async function measure(page: Page, client: "dash" | "bokehjs"): Promise<Measure> {
  // strings, not functions: tsx's keepNames helpers do not exist in the page
  await page.waitForTimeout(WARM_MS);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  const script_s = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration")?.value ?? NaN;
  const s0 = await script_s();
  const [t0, x0] = (await page.evaluate(LAST_X)) as [number, number];
  await page.evaluate(`(() => {
    window.__frames = [];
    const t0 = performance.now();
    const tick = (t) => { window.__frames.push(t); if (t - t0 < ${WINDOW_MS}) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  await page.waitForFunction(`window.__frames.length > 0 && window.__frames[window.__frames.length - 1] - window.__frames[0] >= ${WINDOW_MS - 50}`, undefined, { timeout: WINDOW_MS * 4, polling: 250 });
  const frames = (await page.evaluate("window.__frames")) as number[];
  const [t1, x1] = (await page.evaluate(LAST_X)) as [number, number];
  const s1 = await script_s();
  const builds = client === "dash"
    ? ((await page.evaluate("window.Dash.embedded[0].view.plots()[0].inspect().glyph_builds")) as number)
    : null;
  const dt = frames.slice(1).map((t, i) => t - frames[i]!).sort((a, b) => a - b);
  const q = (p: number) => dt[Math.min(dt.length - 1, Math.floor(p * dt.length))] ?? NaN;
  return { median: q(0.5), p95: q(0.95), dropped: dt.filter((d) => d > DROPPED_MS).length, frames: frames.length, streams: (x1 - x0) / CHUNK / ((t1 - t0) / 1000), script: (1000 * (s1 - s0)) / ((t1 - t0) / 1000), builds };
}

async function run_one(base: string, key: string, client: "dash" | "bokehjs", backend: Backend): Promise<Measure> {
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await (await browser.newContext({ viewport: { width: 900, height: 600 } })).newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    state.live = key;
    const query = client === "bokehjs" ? "?client=bokehjs" : `?client=dash&renderer=${backend}`;
    await page.goto(`${base}/${key}${query}`);
    if (client === "dash") await page.waitForSelector("[data-dash-ready=true]", { state: "attached", timeout: 60_000 });
    else await page.locator(".bk-Canvas").first().waitFor({ timeout: 60_000 });
    const m = await measure(page, client);
    if (errors.length > 0) console.warn(`${client} ${key}: page errors: ${errors.join("; ")}`);
    return m;
  } finally {
    state.live = null;
    await browser.close().catch(() => undefined);
  }
}

const CASES: ReadonlyArray<readonly [Case, Backend]> = [["line+scatter", "webgl"], ["line+scatter", "canvas"], ["line", "webgl"], ["line", "canvas"]];
const key_of = (c: Case, b: Backend): string => `${c === "line" ? "line" : "both"}_${b}`;

export async function run(): Promise<void> {
  const apps: Record<string, AppModule> = {};
  for (const [c, b] of CASES) apps[key_of(c, b)] = { default: app(key_of(c, b), b, c) } as AppModule;
  const server = buildServer({ apps, port: 0, log_level: "warn", allow_websocket_origin: ["*"] });
  await server.listen({ port: 0, host: "127.0.0.1" });
  const addr = server.server.address();
  const base = `http://127.0.0.1:${addr !== null && typeof addr === "object" ? addr.port : 0}`;
  const rows: Array<Record<string, string | number>> = [];
  const failed = (who: string) => (e: unknown): Measure => {
    console.warn(`${who}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    return { median: NaN, p95: NaN, dropped: NaN, frames: 0, streams: NaN, script: NaN, builds: null };
  };
  try {
    // warm the client bundle (built on first request) and the browser
    await run_one(base, key_of("line", "webgl"), "dash", "webgl").catch(() => undefined);
    for (const [c, b] of CASES) {
      const key = key_of(c, b);
      const d = await run_one(base, key, "dash", b).catch(failed(`dash ${key}`));
      const k = await run_one(base, key, "bokehjs", b).catch(failed(`bokehjs ${key}`));
      rows.push({
        glyphs: c, backend: b,
        "dash median ms": d.median, "bokehjs median ms": k.median, "median ratio": k.median / d.median,
        "dash p95 ms": d.p95, "bokehjs p95 ms": k.p95, "p95 ratio": k.p95 / d.p95,
        "dash dropped": d.dropped, "bokehjs dropped": k.dropped,
        "dash frames": d.frames, "bokehjs frames": k.frames,
        "dash script ms/s": d.script, "bokehjs script ms/s": k.script,
        "dash streams/s": d.streams, "bokehjs streams/s": k.streams,
        "dash glyph builds": d.builds ?? "-",
      });
    }
  } finally {
    state.live = null;
    await server.close();
  }
  table(`client streaming: ${CHUNK} points every ${PERIOD_MS} ms, rollover ${ROLLOVER}, ${WINDOW_MS / 1000} s window; Dash vs BokehJS 3.x, headless Chromium, software GL (frame = rAF interval; dropped: > ${DROPPED_MS} ms; ratio = BokehJS / Dash, > 1: Dash smoother)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
