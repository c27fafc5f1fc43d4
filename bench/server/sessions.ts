/**
 * Sessions created per second: page request (GET /sliders, which runs the app) +
 * websocket + PULL-DOC, against a `dash serve examples/sliders.ts` child process, at
 * concurrency 1 and 10. Clients close once pulled. With DASH_BENCH_BASE set, the baseline
 * checkout is measured in the same run (alternating rounds) and the ratio reported.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { checkouts, cpu_ms_of, page_session, spawn_dash, table, type Checkout } from "./util.ts";

async function one_session(base: string): Promise<void> {
  const ws = await page_session(base, "sliders");
  ws.close();
}

async function rate(base: string, total: number, concurrency: number): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < total) await one_session(base);
  }));
  return total / ((performance.now() - t0) / 1000);
}

/** Sessions per second, and the server process's CPU time per session (ms; less noisy than the rate on a busy machine). */
async function measure(c: Checkout, total: number, concurrency: number): Promise<{ rate: number; cpu_ms: number }> {
  // A fresh server per measurement: sessions made earlier (kept for the lifetime) do not weigh on later ones.
  const server = await spawn_dash([resolve(c.root, "examples/sliders.ts")], ["--unused-session-lifetime", "600000"], c.bin);
  try {
    for (let i = 0; i < 50; i++) await one_session(server.base); // warm up
    const cpu0 = cpu_ms_of(server.proc.pid!);
    const r = await rate(server.base, total, concurrency);
    return { rate: r, cpu_ms: (cpu_ms_of(server.proc.pid!) - cpu0) / total };
  } finally {
    await server.stop();
  }
}

export async function run(opts: { sessions?: number; concurrency?: number[]; rounds?: number } = {}): Promise<Record<string, number>> {
  const total = opts.sessions ?? 300;
  const levels = opts.concurrency ?? [1, 10];
  const rounds = opts.rounds ?? 2;
  const targets = checkouts();
  const out: Record<string, number> = {};
  const rows: Array<Array<string | number>> = [];
  for (const concurrency of levels) {
    const best = new Map<string, number>();
    const cpu = new Map<string, number>();
    for (let r = 0; r < rounds; r++) {
      for (const c of targets) {
        const m = await measure(c, total, concurrency);
        best.set(c.label, Math.max(best.get(c.label) ?? 0, m.rate));
        cpu.set(c.label, Math.min(cpu.get(c.label) ?? Infinity, m.cpu_ms));
      }
    }
    const mine = best.get("this")!, base = best.get("base");
    const mine_cpu = cpu.get("this")!, base_cpu = cpu.get("base");
    const ratio = (a: number, b: number | undefined) => (b === undefined ? "-" : (a / b).toFixed(2));
    rows.push([concurrency, total, mine.toFixed(0), base === undefined ? "-" : base.toFixed(0), ratio(mine, base), mine_cpu.toFixed(2), base_cpu === undefined ? "-" : base_cpu.toFixed(2), ratio(mine_cpu, base_cpu), (1000 / mine_cpu).toFixed(0)]);
    out[`sessions_per_s_c${concurrency}`] = mine;
    out[`server_cpu_ms_per_session_c${concurrency}`] = mine_cpu;
    if (base !== undefined) out[`ratio_c${concurrency}`] = mine / base;
    if (base_cpu !== undefined) out[`cpu_ratio_c${concurrency}`] = mine_cpu / base_cpu;
  }
  table(`Sessions created per second (GET page + websocket + PULL-DOC; sliders app; best of ${rounds})`, ["concurrency", "sessions", "sessions/s", "base sessions/s", "this / base", "server CPU ms/session", "base CPU ms", "this / base", "sessions per server CPU-s"], rows);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
