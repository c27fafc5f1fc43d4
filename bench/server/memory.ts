/**
 * Server memory per idle session for the sliders app: RSS of a `dash serve` child
 * process before and after N sessions (each page request + a websocket that pulled and
 * then stays open, idle); reported as (RSS after - RSS before) / N.
 */
import { fileURLToPath } from "node:url";
import type WebSocket from "ws";
import { page_session, sleep, spawn_dash, table } from "./util.ts";

export async function run(opts: { n?: number } = {}): Promise<Record<string, number>> {
  const n = opts.n ?? 200;
  const server = await spawn_dash(["examples/sliders.ts"], ["--unused-session-lifetime", "600000"]);
  const sockets: WebSocket[] = [];
  try {
    for (let i = 0; i < 20; i++) sockets.push(await page_session(server.base, "sliders")); // warm up code paths
    await sleep(1000);
    const before = server.rss();
    for (let i = 0; i < n; i++) sockets.push(await page_session(server.base, "sliders"));
    await sleep(1500);
    const after = server.rss();
    const per = (after - before) / n;
    table(`Server memory per idle session (sliders app, N = ${n}, websockets open)`, ["RSS before (MB)", "RSS after (MB)", "growth (MB)", "per session (kB)"], [
      [(before / 2 ** 20).toFixed(1), (after / 2 ** 20).toFixed(1), ((after - before) / 2 ** 20).toFixed(1), (per / 1024).toFixed(1)],
    ]);
    return { bytes_per_session: per };
  } finally {
    for (const s of sockets) s.terminate();
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
