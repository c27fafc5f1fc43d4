/**
 * Encode a PATCH-DOC carrying ColumnsStreamed of 100k float64 values, against
 * JSON.stringify of the same numbers and against a bare copy of the bytes (the floor).
 */
import { Document, encode_events, ColumnDataSource } from "@dash/protocol";
import { create_message, encode_message } from "../../packages/protocol/src/wire/index.ts";
import { time_ops, table } from "../util.ts";

export function run(): void {
  const N = 100_000;
  const doc = new Document();
  const source = new ColumnDataSource({ data: { x: new Float64Array(0) } });
  doc.add_root(source);
  doc.flush();
  const x = new Float64Array(N);
  for (let i = 0; i < N; i++) x[i] = Math.sin(i) * 1000 + i / 7;
  source.stream({ x }, null);
  const batch = doc.flush()!;
  const mb = (N * 8) / 1e6;

  let frames = 0;
  const dash = time_ops(() => {
    const { json, buffers } = encode_events(batch.events, { binary: true, known: () => true });
    const msg = create_message("PATCH-DOC", json, { buffers: new Map(buffers) });
    frames = encode_message(msg).length;
  });
  const base64 = time_ops(() => {
    const { json } = encode_events(batch.events, { binary: false, known: () => true });
    encode_message(create_message("PATCH-DOC", json));
  }, 200);
  const plain = Array.from(x);
  const stringify = time_ops(() => JSON.stringify({ events: [{ kind: "ColumnsStreamed", data: { x: plain } }] }), 200);
  const copy = time_ops(() => new Float64Array(x));

  table(`encode PATCH-DOC with ColumnsStreamed of ${N} float64 (${mb.toFixed(1)} MB), ${frames} frames`, [
    { method: "dash binary frames", "msgs/s": dash.ops, "MB/s": dash.ops * mb, "x vs JSON.stringify": dash.ops / stringify.ops, "x of bare copy": dash.ops / copy.ops },
    { method: "dash base64+gzip (no buffers)", "msgs/s": base64.ops, "MB/s": base64.ops * mb, "x vs JSON.stringify": base64.ops / stringify.ops, "x of bare copy": base64.ops / copy.ops },
    { method: "JSON.stringify numbers", "msgs/s": stringify.ops, "MB/s": stringify.ops * mb, "x vs JSON.stringify": 1, "x of bare copy": stringify.ops / copy.ops },
    { method: "bare copy of the bytes", "msgs/s": copy.ops, "MB/s": copy.ops * mb, "x vs JSON.stringify": copy.ops / stringify.ops, "x of bare copy": 1 },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
