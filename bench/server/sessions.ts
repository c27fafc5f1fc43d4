/**
 * Sessions created per second: page request (GET /sliders, which runs the app) +
 * websocket + PULL-DOC, against a `dash serve examples/sliders.ts` child process,
 * with a few clients in parallel. Clients close once pulled.
 */
import { fileURLToPath } from "node:url";
import { page_session, spawn_dash, table } from "./util.ts";

async function one_session(base: string): Promise<void> {
  const ws = await page_session(base, "sliders");
  ws.close();
}

export async function run(opts: { sessions?: number; concurrency?: number } = {}): Promise<Record<string, number>> {
  const total = opts.sessions ?? 400;
  const concurrency = opts.concurrency ?? 8;
  const server = await spawn_dash(["examples/sliders.ts"], ["--unused-session-lifetime", "600000"]);
  try {
    for (let i = 0; i < 20; i++) await one_session(server.base); // warm up
    let next = 0;
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next++ < total) await one_session(server.base);
    }));
    const s = (performance.now() - t0) / 1000;
    const rate = total / s;
    table("Sessions created per second (GET page + websocket + PULL-DOC; sliders app)", ["sessions", "concurrency", "seconds", "sessions/s", "ms/session"], [
      [total, concurrency, s.toFixed(2), rate.toFixed(0), ((s * 1000) / total).toFixed(2)],
    ]);
    return { sessions_per_s: rate };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
