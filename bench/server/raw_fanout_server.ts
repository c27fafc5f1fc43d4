/**
 * Baseline for the fan-out bench: a plain `ws` server that every 10 ms builds the same
 * PATCH-DOC frames Dash sends (ColumnsStreamed, 100 rows of x and y as binary buffers)
 * and sends them to every connected client. No sessions, documents or queues.
 */
import { WebSocketServer } from "ws";
import { ColumnDataSource, Document, MsgType, create_message, encode_events, encode_prepared, prepare_message } from "@dash/server";
import { PERIOD_MS, ROWS } from "./apps/stream100.ts";

const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
await new Promise((r) => wss.once("listening", r));
const doc = new Document({ scheduler: () => undefined });
const source = new ColumnDataSource({ data: { x: new Float64Array(0), y: new Float64Array(0) } });
doc.add_root(source);
doc.flush();
wss.on("connection", (ws) => {
  for (const f of [JSON.stringify({ msgid: "a", msgtype: MsgType.ACK }), "{}", "{}"]) ws.send(f);
  void create_message;
});
let t = 0;
let version = 1;
setInterval(() => {
  const x = new Float64Array(ROWS), y = new Float64Array(ROWS);
  for (let i = 0; i < ROWS; i++, t++) {
    x[i] = t;
    y[i] = Math.sin(t / 100);
  }
  source.stream({ x, y }, 1000);
  const batch = doc.flush()!;
  const { json, buffers } = encode_events(batch.events, { binary: true, known: () => true });
  const prepared = prepare_message(MsgType.PATCH_DOC, json, { metadata: { version: ++version }, buffers: new Map(buffers) });
  for (const ws of wss.clients) for (const f of encode_prepared(prepared)) ws.send(f);
}, PERIOD_MS);
const addr = wss.address() as { port: number };
console.log(`raw fan-out at http://127.0.0.1:${addr.port}`);
process.on("SIGTERM", () => process.exit(0));
