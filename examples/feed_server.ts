/**
 * A small market-data feed for examples/websocket_feed.ts: a plain websocket server that
 * sends every `interval_ms` a JSON message of `rows` ticks:
 *
 *   {"t": [..epoch ms..], "price": [..], "seq": n}
 *
 * Run it on its own:  npx tsx examples/feed_server.ts [--port 5100] [--interval 100] [--rows 10]
 */
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { WebSocketServer, type WebSocket } from "ws";

export interface FeedOptions {
  readonly port?: number;
  readonly host?: string;
  readonly interval_ms?: number;
  readonly rows?: number;
}

export interface Feed {
  readonly url: string;
  readonly port: number;
  /** Ticks sent so far (per connected client). */
  readonly sent: () => number;
  /** Connected clients. */
  readonly clients: () => number;
  close(): Promise<void>;
}

export async function start_feed_server(opts: FeedOptions = {}): Promise<Feed> {
  const interval = opts.interval_ms ?? 100;
  const rows = opts.rows ?? 10;
  const wss = new WebSocketServer({ port: opts.port ?? 5100, host: opts.host ?? "127.0.0.1" });
  await new Promise<void>((resolve, reject) => {
    wss.once("listening", resolve);
    wss.once("error", reject);
  });
  let price = 100;
  let seq = 0;
  let sent = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    const t: number[] = [];
    const p: number[] = [];
    for (let i = 0; i < rows; i++) {
      price = Math.max(1, price + (Math.random() - 0.5));
      t.push(now - (rows - 1 - i) * (interval / rows));
      p.push(Math.round(price * 100) / 100);
    }
    const msg = JSON.stringify({ t, price: p, seq: seq++ });
    for (const c of wss.clients as Set<WebSocket>) if (c.readyState === c.OPEN) c.send(msg);
    sent += rows;
  }, interval);
  const addr = wss.address();
  const port = typeof addr === "object" && addr !== null ? addr.port : (opts.port ?? 5100);
  return {
    url: `ws://${opts.host ?? "127.0.0.1"}:${port}`,
    port,
    sent: () => sent,
    clients: () => wss.clients.size,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(timer);
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { port: { type: "string", default: "5100" }, interval: { type: "string", default: "100" }, rows: { type: "string", default: "10" } },
  });
  const feed = await start_feed_server({ port: Number(values.port), interval_ms: Number(values.interval), rows: Number(values.rows) });
  console.log(`feed at ${feed.url}`);
  const stop = () => void feed.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
