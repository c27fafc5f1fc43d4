/**
 * Server memory per idle session for the sliders app: RSS of a `dash serve` child
 * process before and after 100, 500 and 2,000 sessions (each a page request + a websocket
 * that pulled and then stays open, idle), settled for a while at each count; reported as
 * (RSS at N - RSS before) / N. With DASH_BENCH_BASE set, the baseline checkout is
 * measured in the same run and the ratio reported.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import type WebSocket from "ws";
import { checkouts, page_session, sleep, spawn_dash, table, type Checkout } from "./util.ts";

const SETTLE_MS = 3000;

async function measure(c: Checkout, counts: number[]): Promise<{ before: number; at: Map<number, number> }> {
  const server = await spawn_dash([resolve(c.root, "examples/sliders.ts")], ["--unused-session-lifetime", "600000"], c.bin);
  const sockets: WebSocket[] = [];
  try {
    for (let i = 0; i < 20; i++) sockets.push(await page_session(server.base, "sliders")); // warm up code paths
    await sleep(SETTLE_MS);
    const before = server.rss();
    const at = new Map<number, number>();
    let made = 0;
    for (const n of counts) {
      await Promise.all(Array.from({ length: 8 }, async () => {
        while (made < n) {
          made++;
          sockets.push(await page_session(server.base, "sliders"));
        }
      }));
      await sleep(SETTLE_MS);
      at.set(n, server.rss());
    }
    return { before, at };
  } finally {
    for (const s of sockets) s.terminate();
    await server.stop();
  }
}

export async function run(opts: { counts?: number[] } = {}): Promise<Record<string, number>> {
  const counts = opts.counts ?? [100, 500, 2000];
  const results = new Map<string, Awaited<ReturnType<typeof measure>>>();
  for (const c of checkouts()) results.set(c.label, await measure(c, counts));
  const out: Record<string, number> = {};
  const rows: Array<Array<string | number>> = [];
  const per = (label: string, n: number) => {
    const r = results.get(label);
    return r === undefined ? undefined : (r.at.get(n)! - r.before) / n;
  };
  for (const n of counts) {
    const mine = per("this", n)!, base = per("base", n);
    const r = results.get("this")!;
    rows.push([n, (r.before / 2 ** 20).toFixed(1), (r.at.get(n)! / 2 ** 20).toFixed(1), (mine / 1024).toFixed(1), base === undefined ? "-" : (base / 1024).toFixed(1), base === undefined ? "-" : (mine / base).toFixed(2)]);
    out[`bytes_per_session_${n}`] = mine;
    if (base !== undefined) out[`ratio_${n}`] = mine / base;
  }
  table("Server RSS per idle session (sliders app, websockets open)", ["sessions", "RSS before (MB)", "RSS at N (MB)", "per session (kB)", "base per session (kB)", "this / base"], rows);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
