/**
 * `npm run bench -- fuzz`: a `dash serve` child under hostile load, as issue 17's adversarial
 * suite measured it. Three well-behaved clients share a document streamed every 20 ms; then
 * bad clients (test/support/fuzz.ts: garbage frames, random messages, PULL-DOC-REQ floods,
 * mutated PATCH-DOCs, bursts of up to 2,000 messages sent without reading replies) hammer the
 * server for a while; then 2,000 websocket connect/pull/disconnect cycles, each with a new
 * session token. Reported, each against a baseline measured in the same run:
 * - messages/s the server survived (the bad clients' send rate; the server stays up);
 * - the good clients' worst stall (longest gap between PATCH-DOCs) vs the same while idle;
 * - page request latency under the fuzz vs idle;
 * - peak RSS under the fuzz vs idle RSS; RSS after the cycles and once idle again vs before.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import WebSocket from "ws";
import { MsgType, Receiver, create_message, encode_message } from "@dash/server";
import type { FuzzOptions } from "../../test/support/fuzz.ts";
import { BIN, open_ws, sleep, spawn_server, table, token } from "./util.ts";

const APP = resolve(import.meta.dirname, "apps/fuzz_target.ts");
const MB = 2 ** 20;

interface FuzzOutcome {
  sent: number;
  connections: number;
  closes: Record<string, number>;
  error_replies: number;
}

/** Run the bad clients in a child process (bench/server/fuzz_clients.ts). */
function fuzz_in_child(o: Omit<FuzzOptions, "token" | "messages">): Promise<FuzzOutcome> {
  const script = resolve(import.meta.dirname, "fuzz_clients.ts");
  const proc = spawn(process.execPath, ["--import", "tsx", script, JSON.stringify({ ...o, messages: null })], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  proc.stdout.on("data", (d) => (out += d));
  return new Promise((ok, fail) => proc.on("exit", (code) => (code === 0 ? ok(JSON.parse(out) as FuzzOutcome) : fail(new Error(`fuzz clients exited ${code}`)))));
}

interface Good {
  readonly ws: WebSocket;
  readonly arrivals: number[];
}

async function good_client(ws_url: string, session: string): Promise<Good> {
  const rx = new Receiver();
  const arrivals: number[] = [];
  const ws = await open_ws(ws_url, ["bokeh", token(session)], (d, bin) => {
    const m = rx.consume(bin ? d : d.toString());
    if (m?.header.msgtype === MsgType.PATCH_DOC) arrivals.push(performance.now());
  });
  for (const f of encode_message(create_message(MsgType.PULL_DOC_REQ, {}))) ws.send(f);
  return { ws, arrivals };
}

/** Longest gap (ms) between consecutive arrivals inside [from, to], counting the window's edges. */
function worst_gap(arrivals: readonly number[], from: number, to: number): number {
  let last = from, worst = 0;
  for (const t of arrivals) {
    if (t < from) continue;
    if (t > to) break;
    worst = Math.max(worst, t - last);
    last = t;
  }
  return Math.max(worst, to - last);
}

async function page_ms(base: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}/fuzz_target`);
  await res.arrayBuffer();
  return performance.now() - t0;
}

/** Connect with a new session token, pull, disconnect. */
async function cycle(ws_url: string): Promise<void> {
  const rx = new Receiver();
  let ws: WebSocket | null = null;
  await new Promise<void>((ok, fail) => {
    open_ws(ws_url, ["bokeh", token()], (d, bin) => {
      const m = rx.consume(bin ? d : d.toString());
      if (m?.header.msgtype === MsgType.ACK) for (const f of encode_message(create_message(MsgType.PULL_DOC_REQ, {}))) ws?.send(f);
      if (m?.header.msgtype === MsgType.PULL_DOC_REPLY) ok();
    }).then((s) => {
      ws = s;
      s.on("close", () => ok());
    }, fail);
    setTimeout(ok, 10_000);
  });
  (ws as WebSocket | null)?.close();
}

export async function run(opts: { seconds?: number; cycles?: number } = {}): Promise<Record<string, number>> {
  const seconds = opts.seconds ?? Number(process.env.FUZZ_SECONDS ?? 20);
  const cycles = opts.cycles ?? Number(process.env.FUZZ_CYCLES ?? 2000);
  // DASH_BIN: another checkout's packages/server/bin/dash.js, to measure it with the same load (the "before" of a change)
  const bin = process.env.DASH_BIN ?? BIN;
  const server = await spawn_server([bin, "serve", APP, "--port", "0", "--unused-session-lifetime", "2000", "--check-unused-sessions", "500", "--log-level", "error"]);
  const ws_url = `${server.base.replace(/^http/, "ws")}/fuzz_target/ws`;
  const goods: Good[] = [];
  try {
    for (let i = 0; i < 3; i++) goods.push(await good_client(ws_url, "good"));
    for (let i = 0; i < 5; i++) await page_ms(server.base); // warm up
    await sleep(2500);
    const idle_from = performance.now();
    const idle_pages: number[] = [];
    for (let i = 0; i < 8; i++) {
      idle_pages.push(await page_ms(server.base));
      await sleep(250);
    }
    const idle_to = performance.now();
    const rss_idle = server.rss();
    const stall_idle = Math.max(...goods.map((g) => worst_gap(g.arrivals, idle_from, idle_to)));

    let peak = rss_idle, sampling = true;
    const sampler = (async () => {
      while (sampling) {
        peak = Math.max(peak, server.rss());
        await sleep(50);
      }
    })();
    const fuzz_pages: number[] = [];
    let paging = true;
    const pager = (async () => {
      while (paging) {
        fuzz_pages.push(await page_ms(server.base).catch(() => NaN));
        await sleep(250);
      }
    })();
    const t0 = performance.now();
    const res = await fuzz_in_child({ url: ws_url, ids: ["src"], seed: 17, clients: 8, burst: 2000, linger: 1000, duration: seconds * 1000 });
    const t1 = performance.now();
    paging = false;
    sampling = false;
    await Promise.all([sampler, pager]);
    const stall_fuzz = Math.max(...goods.map((g) => worst_gap(g.arrivals, t0, t1)));
    const goods_open = goods.filter((g) => g.ws.readyState === WebSocket.OPEN).length;
    const rate = res.sent / ((t1 - t0) / 1000);
    const worst_page = Math.max(...fuzz_pages);
    const idle_page = Math.max(...idle_pages);

    table(`Fuzz: ${res.sent} hostile messages from ${res.connections} connections in ${((t1 - t0) / 1000).toFixed(1)} s (8 clients, seed 17)`,
      ["measure", "baseline (idle)", "under fuzz", "ratio"], [
        ["messages/s survived", "-", rate.toFixed(0), "-"],
        ["good clients' worst stall (ms)", stall_idle.toFixed(0), stall_fuzz.toFixed(0), (stall_fuzz / stall_idle).toFixed(2)],
        ["page request, worst (ms)", idle_page.toFixed(0), worst_page.toFixed(0), (worst_page / idle_page).toFixed(2)],
        ["RSS (MB): idle vs peak", (rss_idle / MB).toFixed(0), (peak / MB).toFixed(0), (peak / rss_idle).toFixed(2)],
        ["good clients still connected", "3", String(goods_open), "-"],
      ]);
    console.log(`server: ${bin}`);
    console.log("server closes:", Object.entries(res.closes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} x${v}`).join(", "));

    for (const g of goods) g.ws.terminate();
    await sleep(4000); // fuzz sessions expire (lifetime 2 s, checked every 0.5 s)
    const rss_before = server.rss();
    const c0 = performance.now();
    for (let i = 0; i < cycles; i += 20) await Promise.all(Array.from({ length: Math.min(20, cycles - i) }, () => cycle(ws_url)));
    const c1 = performance.now();
    const rss_after = server.rss();
    await sleep(5000);
    const rss_settled = server.rss();
    table(`Connect/pull/disconnect: ${cycles} cycles (new session token each) in ${((c1 - c0) / 1000).toFixed(1)} s`,
      ["RSS before (MB)", "after cycles (MB)", "ratio", "idle again (MB)", "ratio"], [[
        (rss_before / MB).toFixed(0), (rss_after / MB).toFixed(0), (rss_after / rss_before).toFixed(2),
        (rss_settled / MB).toFixed(0), (rss_settled / rss_before).toFixed(2),
      ]]);
    return {
      messages_per_s: rate, stall_ms: stall_fuzz, stall_ratio: stall_fuzz / stall_idle, page_ratio: worst_page / idle_page,
      peak_rss_ratio: peak / rss_idle, cycles_rss_ratio: rss_after / rss_before, settled_rss_ratio: rss_settled / rss_before,
    };
  } finally {
    for (const g of goods) g.ws.terminate();
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
