/**
 * Streaming fan-out: one session streams 100 rows every 10 ms; 1, 10 and 100 clients
 * of that session count what they receive. Reported as points/s delivered (all clients
 * together) and as a ratio against a raw `ws` server sending the same frames to the
 * same number of clients (raw_fanout_server.ts). Servers run in child processes.
 */
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";
import type WebSocket from "ws";
import { MsgType, create_message, encode_message } from "@dash/server";
import { PERIOD_MS, ROWS } from "./apps/stream100.ts";
import { checkouts, cpu_ms_of, open_ws, sleep, spawn_dash, spawn_server, table, token, type Child } from "./util.ts";

interface Counter {
  binary: number;
}

async function clients(url: string, n: number, session_id: string, pull: boolean): Promise<{ sockets: WebSocket[]; counter: Counter }> {
  const counter: Counter = { binary: 0 };
  const sockets: WebSocket[] = [];
  for (let i = 0; i < n; i++) {
    let text = 0;
    let acked = false;
    const ws: WebSocket = await open_ws(url, ["bokeh", token(session_id)], (_d, bin) => {
      if (bin) counter.binary++;
      else if (++text === 3) acked = true; // ACK is the first three text frames
    });
    while (!acked) await sleep(1);
    if (pull) for (const f of encode_message(create_message(MsgType.PULL_DOC_REQ, {}))) ws.send(f);
    sockets.push(ws);
  }
  return { sockets, counter };
}

/** Points/s delivered to all clients, and the server's CPU use (% of one core) meanwhile. */
async function measure(url: string, pid: number, n: number, session_id: string, pull: boolean, seconds: number): Promise<[number, number]> {
  const { sockets, counter } = await clients(url, n, session_id, pull);
  await sleep(500);
  const b0 = counter.binary;
  const c0 = cpu_ms_of(pid);
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const b1 = counter.binary;
  const c1 = cpu_ms_of(pid);
  const ms = performance.now() - t0;
  for (const ws of sockets) ws.terminate();
  await sleep(200);
  return [((b1 - b0) / 2) * ROWS / (ms / 1000), (100 * (c1 - c0)) / ms]; // two binary buffers (x, y) per message of ROWS points
}

export async function run(opts: { seconds?: number; counts?: number[] } = {}): Promise<Record<string, number>> {
  const seconds = opts.seconds ?? 3;
  const counts = opts.counts ?? [1, 10, 100];
  const dash = await spawn_dash([resolve(import.meta.dirname, "apps/stream100.ts")], ["--unused-session-lifetime", "600000"]);
  // With DASH_BENCH_BASE: the baseline checkout's server streams the same app (this checkout's file) alongside.
  const base_checkout = checkouts().find((c) => c.label === "base");
  const base: Child | null = base_checkout === undefined ? null : await spawn_dash([resolve(import.meta.dirname, "apps/stream100.ts")], ["--unused-session-lifetime", "600000"], base_checkout.bin);
  const raw = await spawn_server([resolve(import.meta.dirname, "raw_fanout_server.ts")], ["--import", "tsx"]);
  const rows: Array<Array<string | number>> = [];
  const out: Record<string, number> = {};
  try {
    for (const n of counts) {
      const ideal = n * ROWS * (1000 / PERIOD_MS);
      const [d, dcpu] = await measure(`ws://127.0.0.1:${dash.port}/stream100/ws`, dash.proc.pid!, n, `fanout-${n}`, true, seconds);
      const [r, rcpu] = await measure(`ws://127.0.0.1:${raw.port}/`, raw.proc.pid!, n, `raw-${n}`, false, seconds);
      const [b, bcpu] = base === null ? [NaN, NaN] : await measure(`ws://127.0.0.1:${base.port}/stream100/ws`, base.proc.pid!, n, `fanout-${n}`, true, seconds);
      rows.push([n, ideal.toFixed(0), d.toFixed(0), r.toFixed(0), (d / r).toFixed(3), dcpu.toFixed(1), rcpu.toFixed(1), (dcpu / rcpu).toFixed(2), base === null ? "-" : (d / b).toFixed(2), base === null ? "-" : (dcpu / bcpu).toFixed(2)]);
      out[`dash_points_per_s_${n}`] = d;
      out[`ratio_${n}`] = d / r;
      out[`cpu_ratio_${n}`] = dcpu / rcpu;
      if (base !== null) {
        out[`base_points_ratio_${n}`] = d / b;
        out[`base_cpu_ratio_${n}`] = dcpu / bcpu;
      }
    }
    table(`Streaming fan-out: ${ROWS} rows every ${PERIOD_MS} ms to N clients of one session`, ["clients", "ideal points/s", "dash points/s", "raw ws points/s", "dash / raw", "dash CPU %", "raw CPU %", "CPU dash / raw", "points this / base", "CPU this / base"], rows);
    return out;
  } finally {
    await dash.stop();
    await base?.stop();
    await raw.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
