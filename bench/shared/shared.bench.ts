/**
 * One shared document with a periodic stream and 1,000 connected Node clients (the real
 * client: pull_session replicas applying every batch). Reports delivered updates/s, p50/p99
 * latency from the server's change to the client having applied it, server RSS, and the
 * reconnect-storm recovery time when all clients drop at once. Baseline in the same run:
 * a raw `ws` server sending the same bytes to the same number of raw sockets.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import { ColumnDataSource } from "@dash/server";
import { pull_session, type ClientSession } from "@dash/client/node";
import { spawn_dash, sleep, table, cpu_ms_of } from "../server/util.ts";
import { PERIOD_MS } from "./apps/shared_stream.ts";

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export async function run(opts: { clients?: number; seconds?: number } = {}): Promise<Record<string, number>> {
  const N = opts.clients ?? 1000;
  const seconds = opts.seconds ?? 5;
  const dash = await spawn_dash([resolve(import.meta.dirname, "apps/shared_stream.ts")], ["--keep-alive", "0"]);
  const rss0 = dash.rss();
  const sessions: ClientSession[] = [];
  const latencies: number[] = [];
  let updates = 0;
  let measuring = false;
  try {
    for (let i = 0; i < N; i++) {
      const s = await pull_session({ url: `${dash.base}/shared_stream`, session_id: "shared", reconnect: { initial_ms: 100, max_ms: 2000 } });
      const src = s.document.get_model_by_name("src") as ColumnDataSource;
      s.document.on_batch(() => {
        if (!measuring) return;
        updates++;
        const t = src.data.t as Float64Array;
        if (t.length > 0 && (updates & 7) === 0) latencies.push(Date.now() - t[t.length - 1]!);
      });
      sessions.push(s);
    }
    await sleep(1000);
    const rss_connected = dash.rss();
    measuring = true;
    const t0 = performance.now();
    const cpu0 = cpu_ms_of(dash.proc.pid!);
    const self0 = process.cpuUsage();
    await sleep(seconds * 1000);
    measuring = false;
    const elapsed = (performance.now() - t0) / 1000;
    const server_cpu = (cpu_ms_of(dash.proc.pid!) - cpu0) / (elapsed * 10);
    const self = process.cpuUsage(self0);
    const clients_cpu = (self.user + self.system) / 1000 / (elapsed * 10);
    const rss_streaming = dash.rss();

    // Reconnect storm: every client's socket drops at once; time until all have resumed.
    for (const s of sessions) s.connection.last_sync = null;
    const storm0 = performance.now();
    for (const s of sessions) (s.connection as unknown as { socket: { close(c: number, r: string): void } | null }).socket?.close(4000, "storm");
    await sleep(50);
    for (;;) {
      const ready = sessions.filter((s) => s.connection.connected && s.connection.last_sync !== null).length;
      if (ready === N) break;
      if (performance.now() - storm0 > 120_000) break;
      await sleep(20);
    }
    const storm_ms = performance.now() - storm0;
    const resumed = sessions.filter((s) => s.connection.last_sync?.kind === "resumed").length;

    const ideal = N * (1000 / PERIOD_MS);
    table(`Shared document, one periodic stream (every ${PERIOD_MS} ms), ${N} Node clients`, ["metric", "value"], [
      ["delivered updates/s (all clients)", (updates / elapsed).toFixed(0)],
      ["ideal updates/s", ideal.toFixed(0)],
      ["delivered / ideal", (updates / elapsed / ideal).toFixed(3)],
      ["server CPU (% of one core)", server_cpu.toFixed(1)],
      ["client process CPU (% of one core; the 1,000 replicas share it)", clients_cpu.toFixed(1)],
      ["latency p50 (ms)", pct(latencies, 50).toFixed(1)],
      ["latency p99 (ms)", pct(latencies, 99).toFixed(1)],
      ["server RSS idle (MB)", (rss0 / 1e6).toFixed(1)],
      ["server RSS with clients (MB)", (rss_connected / 1e6).toFixed(1)],
      ["server RSS while streaming (MB)", (rss_streaming / 1e6).toFixed(1)],
      ["RSS per client (kB)", ((rss_connected - rss0) / N / 1e3).toFixed(1)],
      ["reconnect storm: all resynced (ms)", storm_ms.toFixed(0)],
      ["reconnect storm: resumed from log", `${resumed}/${N}`],
    ]);
    return { updates_per_s: updates / elapsed, p50: pct(latencies, 50), p99: pct(latencies, 99), storm_ms, rss_connected };
  } finally {
    for (const s of sessions) s.close();
    await dash.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
