/**
 * Sessions created per second: page request (GET /sliders, which runs the app) +
 * websocket + PULL-DOC, against a `dash serve examples/sliders.ts` child process, at
 * concurrency 1 and 10. Clients close once pulled. With DASH_BENCH_BASE set, the baseline
 * checkout is measured in the same run (alternating rounds) and the ratio reported.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { checkouts, page_session, spawn_dash, table, type Checkout } from "./util.ts";

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

async function measure(c: Checkout, total: number, concurrency: number): Promise<number> {
  // A fresh server per measurement: sessions made earlier (kept for the lifetime) do not weigh on later ones.
  const server = await spawn_dash([resolve(c.root, "examples/sliders.ts")], ["--unused-session-lifetime", "600000"], c.bin);
  try {
    for (let i = 0; i < 50; i++) await one_session(server.base); // warm up
    return await rate(server.base, total, concurrency);
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
    for (let r = 0; r < rounds; r++) {
      for (const c of targets) best.set(c.label, Math.max(best.get(c.label) ?? 0, await measure(c, total, concurrency)));
    }
    const mine = best.get("this")!, base = best.get("base");
    rows.push([concurrency, total, mine.toFixed(0), base === undefined ? "-" : base.toFixed(0), base === undefined ? "-" : (mine / base).toFixed(2), (1000 / mine).toFixed(2)]);
    out[`sessions_per_s_c${concurrency}`] = mine;
    if (base !== undefined) out[`ratio_c${concurrency}`] = mine / base;
  }
  table(`Sessions created per second (GET page + websocket + PULL-DOC; sliders app; best of ${rounds})`, ["concurrency", "sessions", "sessions/s", "base sessions/s", "this / base", "ms/session"], rows);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
