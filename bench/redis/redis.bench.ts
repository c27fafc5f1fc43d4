/**
 * One shared document edited by clients spread over 1, 2 or 3 `dash serve --redis`
 * processes: every client streams rows (each stamped with its send time) with at most a
 * few edits unacknowledged. Reports applied updates/s, p50/p99 latency from a client's
 * edit to an observer on another process having applied it, and Redis commands per batch
 * (from Redis's own command statistics). Baseline in the same run: the same load on one
 * process without Redis.
 */
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import type { ClientSession } from "@dash/client/node";
import type { ColumnDataSource } from "@dash/server";
import { open } from "../../test/redis/clients.ts";
import { sleep, start_dash, start_redis, stop_all, type DashProc } from "../../test/redis/harness.ts";
import { table } from "../util.ts";

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

interface Figures {
  readonly updates_per_s: number;
  readonly p50: number;
  readonly p99: number;
  readonly batches: number;
  readonly commands_per_batch: number;
  readonly breakdown: string;
}

async function commandstats(r: Redis): Promise<Map<string, number>> {
  const info = await r.info("commandstats");
  const m = new Map<string, number>();
  for (const line of info.split("\n")) {
    const x = /^cmdstat_([a-z|]+):calls=(\d+)/.exec(line.trim());
    if (x) m.set(x[1]!, Number(x[2]));
  }
  return m;
}

/** Entries ever appended to the documents' logs (XINFO's entries-added survives trimming). */
async function log_entries(r: Redis): Promise<number> {
  let n = 0;
  for (const key of await r.keys("*:log")) {
    const info = (await r.xinfo("STREAM", key)) as unknown[];
    const i = info.indexOf("entries-added");
    if (i >= 0) n += Number(info[i + 1]);
  }
  return n;
}

async function measure(procs: readonly DashProc[], r: Redis | null, writers: number, seconds: number): Promise<Figures> {
  const clients: ClientSession[] = [];
  for (let i = 0; i < writers; i++) clients.push(await open(procs[i % procs.length]!.url("board")));
  const observer = await open(procs[procs.length - 1]!.url("board"));
  const src = observer.document.get_model_by_name("log") as ColumnDataSource;
  let seen = (src.data.n as Float64Array).length;
  let measuring = false;
  let rows = 0;
  const latencies: number[] = [];
  observer.document.on_batch(() => {
    const n = src.data.n as Float64Array;
    const now = performance.timeOrigin + performance.now();
    if (measuring) {
      for (let i = seen; i < n.length; i++) latencies.push(now - n[i]!);
      rows += n.length - seen;
    }
    seen = n.length;
  });
  let running = true;
  const loops = clients.map(async (c) => {
    const log = c.document.get_model_by_name("log") as ColumnDataSource;
    while (running) {
      log.stream({ who: ["w"], n: [performance.timeOrigin + performance.now()] }, 2000);
      await sleep(0);
      while (running && c.connection.unsent > 2) await sleep(1);
    }
  });
  await sleep(500);
  if (r !== null) await r.config("RESETSTAT");
  const entries0 = r === null ? 0 : await log_entries(r);
  const v0 = observer.version ?? 0;
  measuring = true;
  const t0 = performance.now();
  await sleep(seconds * 1000);
  measuring = false;
  const elapsed = (performance.now() - t0) / 1000;
  const batches = (observer.version ?? 0) - v0;
  const stats = r === null ? new Map<string, number>() : await commandstats(r);
  const appended = r === null ? 0 : (await log_entries(r)) - entries0;
  running = false;
  await Promise.all(loops);
  for (const c of [...clients, observer]) c.close();
  // Round trips: commands clients sent (command stats also count what scripts call inside:
  // one EVAL appends a group of log entries, so xadd calls minus log entries are forwarded patches).
  const evals = stats.get("eval") ?? 0;
  const top = new Map<string, number>([
    ["eval (fenced append/renew/snapshot)", evals],
    ["xadd (forwarded patches)", Math.max(0, (stats.get("xadd") ?? 0) - appended)],
    ["xread (followers, leader's commands)", stats.get("xread") ?? 0],
    ["set nx (lock contention)", stats.get("set") ?? 0],
    ["other", (stats.get("xrange") ?? 0) + (stats.get("hgetall") ?? 0) + (stats.get("client|id") ?? 0) + (stats.get("client|unblock") ?? 0)],
  ]);
  let total = 0;
  for (const v of top.values()) total += v;
  const breakdown = [...top].filter(([, v]) => v > 0).map(([k, v]) => `${k} ${(v / Math.max(1, batches)).toFixed(2)}`).join(", ");
  return { updates_per_s: rows / elapsed, p50: pct(latencies, 50), p99: pct(latencies, 99), batches, commands_per_batch: total / Math.max(1, batches), breakdown };
}

export async function run(opts: { writers?: number; seconds?: number } = {}): Promise<Record<string, Figures>> {
  const writers = opts.writers ?? 12;
  const seconds = opts.seconds ?? 3;
  const out: Record<string, Figures> = {};
  try {
    const single = await start_dash(["board"], null);
    out["1 process, no Redis (baseline)"] = await measure([single], null, writers, seconds);
    await single.kill();
    const redis = await start_redis();
    const r = new Redis(redis.url);
    try {
      const one = await start_dash(["board"], redis.url);
      out["1 process + Redis"] = await measure([one], r, writers, seconds);
      await one.kill();
      await r.flushall();
      const two = await Promise.all([0, 1].map(() => start_dash(["board"], redis.url)));
      out["2 processes + Redis"] = await measure(two, r, writers, seconds);
      await Promise.all(two.map((p) => p.kill()));
      await r.flushall();
      const three = await Promise.all([0, 1, 2].map(() => start_dash(["board"], redis.url)));
      out["3 processes + Redis"] = await measure(three, r, writers, seconds);
    } finally {
      r.disconnect();
    }
  } finally {
    await stop_all();
  }
  const base = out["1 process, no Redis (baseline)"]!;
  table(`Shared document, ${writers} writers (<= 3 unacknowledged edits each), rows seen by an observer on the last process`, Object.entries(out).map(([name, f]) => ({
    setup: name,
    "updates/s": f.updates_per_s,
    "vs baseline": f.updates_per_s / base.updates_per_s,
    "p50 ms": f.p50,
    "p99 ms": f.p99,
    batches: f.batches,
    "redis round trips/batch": f.commands_per_batch,
  })));
  for (const [name, f] of Object.entries(out)) if (f.breakdown !== "") console.log(`  ${name}: per batch ${f.breakdown}`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
