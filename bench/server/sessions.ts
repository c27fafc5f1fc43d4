/**
 * Sessions created per second: page request (GET /sliders, which runs the app) +
 * websocket + PULL-DOC, against a `dash serve examples/sliders.ts` child process, at
 * concurrency 1 and 10. Clients close once pulled. With DASH_BENCH_BASE set, the baseline
 * checkout is measured in the same run (alternating rounds) and the ratio reported.
 *
 * Each measurement starts a fresh server and reports two phases: "cold", the first
 * `cold` sessions after start (V8 still compiling the hot paths), and "sustained", the next
 * `sessions` after a further warm-up, which is the figure a server is sized by. The load
 * client is lean_client.ts (the same protocol at a quarter of `ws`'s CPU), since on this
 * 2-core machine the client's CPU is taken from the server's.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { LeanSessionClient } from "./lean_client.ts";
import { checkouts, cpu_ms_of, spawn_dash, table, type Checkout } from "./util.ts";

interface Phase {
  rate: number;
  /** The server process's CPU time per session (ms; all its threads, GC included). */
  cpu_ms: number;
}

async function phase(clients: LeanSessionClient[], pid: number, total: number): Promise<Phase> {
  let next = 0;
  const cpu0 = cpu_ms_of(pid);
  const t0 = performance.now();
  await Promise.all(clients.map(async (c) => {
    while (next++ < total) await c.session("sliders");
  }));
  const rate = total / ((performance.now() - t0) / 1000);
  return { rate, cpu_ms: (cpu_ms_of(pid) - cpu0) / total };
}

async function measure(c: Checkout, opts: Required<Opts>, concurrency: number): Promise<{ cold: Phase; warm: Phase }> {
  // A fresh server per measurement; sessions stay alive (lifetime 10 min), so later ones pay for the earlier ones' memory.
  const server = await spawn_dash([resolve(c.root, "examples/sliders.ts")], ["--unused-session-lifetime", "600000"], c.bin);
  const clients = Array.from({ length: concurrency }, () => new LeanSessionClient("127.0.0.1", server.port));
  try {
    const cold = await phase(clients, server.proc.pid!, opts.cold);
    await phase(clients, server.proc.pid!, opts.warmup);
    const warm = await phase(clients, server.proc.pid!, opts.sessions);
    return { cold, warm };
  } finally {
    for (const cl of clients) cl.close();
    await server.stop();
  }
}

interface Opts {
  sessions?: number;
  cold?: number;
  warmup?: number;
  concurrency?: number[];
  rounds?: number;
}

export async function run(opts: Opts = {}): Promise<Record<string, number>> {
  // 500 + 500 + 2000 sessions stay under the default --max-sessions (5000) of every checkout.
  const o: Required<Opts> = { sessions: 2000, cold: 500, warmup: 500, concurrency: [1, 10], rounds: 2, ...opts };
  const targets = checkouts();
  const out: Record<string, number> = {};
  const rows: Array<Array<string | number>> = [];
  const ratio = (a: number, b: number | undefined) => (b === undefined ? "-" : (a / b).toFixed(2));
  for (const concurrency of o.concurrency) {
    const best = new Map<string, { cold: Phase; warm: Phase }>();
    for (let r = 0; r < o.rounds; r++) {
      for (const c of targets) {
        const m = await measure(c, o, concurrency);
        const prev = best.get(c.label);
        best.set(c.label, {
          cold: prev === undefined || m.cold.rate > prev.cold.rate ? m.cold : prev.cold,
          warm: prev === undefined || m.warm.rate > prev.warm.rate ? m.warm : prev.warm,
        });
      }
    }
    for (const ph of ["cold", "warm"] as const) {
      const mine = best.get("this")![ph], base = best.get("base")?.[ph];
      const label = ph === "cold" ? `cold (first ${o.cold})` : `sustained (${o.sessions})`;
      rows.push([concurrency, label, mine.rate.toFixed(0), base === undefined ? "-" : base.rate.toFixed(0), ratio(mine.rate, base?.rate), mine.cpu_ms.toFixed(2), base === undefined ? "-" : base.cpu_ms.toFixed(2), ratio(mine.cpu_ms, base?.cpu_ms)]);
      const k = ph === "cold" ? `_cold_c${concurrency}` : `_c${concurrency}`;
      out[`sessions_per_s${k}`] = mine.rate;
      out[`server_cpu_ms_per_session${k}`] = mine.cpu_ms;
      if (base !== undefined) {
        out[`ratio${k}`] = mine.rate / base.rate;
        out[`cpu_ratio${k}`] = mine.cpu_ms / base.cpu_ms;
      }
    }
  }
  table(`Sessions created per second (GET page + websocket + PULL-DOC; sliders app; best of ${o.rounds})`, ["concurrency", "phase", "sessions/s", "base sessions/s", "this / base", "server CPU ms/session", "base CPU ms", "this / base"], rows);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
