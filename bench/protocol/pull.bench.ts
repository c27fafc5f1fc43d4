/**
 * What the binary-pull opt-in is worth, and what an in-place edit costs:
 * - PULL-DOC-REPLY of a document with a 200k-row float64 source: binary buffers (clients that
 *   opted in) against the inline forms (plain base64 for Bokeh 3.6's clients, gzip+base64 as
 *   BokehJS 3.10 writes), time to encode and bytes on the wire;
 * - `source.data.y = arr` (in place, one ColumnDataChanged with that column) against
 *   `source.data = {...}` (the whole data), each flushed and encoded as a PATCH-DOC.
 */
import { ColumnDataSource, Document, encode_events, encode_prepared, prepare_message } from "@dash/protocol";
import { table, time_ops } from "../util.ts";

function wire_bytes(p: ReturnType<typeof prepare_message>): number {
  let n = 0;
  for (const f of encode_prepared(p)) n += typeof f === "string" ? Buffer.byteLength(f) : f.byteLength;
  return n;
}

export function run(): void {
  const N = 200_000;
  const cols = 4;
  const data: Record<string, Float64Array> = {};
  for (let c = 0; c < cols; c++) data[`c${c}`] = Float64Array.from({ length: N }, (_, i) => Math.sin(i / (c + 3)) * 100 + i / 9);
  const doc = new Document();
  const source = new ColumnDataSource({ data });
  doc.add_root(source);
  doc.flush();
  const mb = (N * cols * 8) / 1e6;

  const pull = (opts: { binary?: boolean; plain_base64?: boolean }) => {
    const { json, buffers } = doc.to_json(opts);
    return prepare_message("PULL-DOC-REPLY", { doc: json } as never, { buffers: new Map(buffers) });
  };
  const rows: Array<Record<string, string | number>> = [];
  const binary = time_ops(() => pull({ binary: true }), 300);
  const base_bytes = wire_bytes(pull({ binary: true }));
  for (const [method, opts] of [
    ["binary buffers (opted in)", { binary: true }],
    ["inline plain base64 (Bokeh 3.6 clients)", { plain_base64: true }],
    ["inline gzip+base64 (BokehJS 3.10 form)", {}],
  ] as const) {
    const t = method.startsWith("binary") ? binary : time_ops(() => pull(opts), 300);
    const bytes = wire_bytes(pull(opts));
    rows.push({ method, "replies/s": t.ops, "MB/s": t.ops * mb, "x time vs binary": binary.ops / t.ops, "x bytes vs binary": bytes / base_bytes });
  }
  table(`PULL-DOC-REPLY, ${cols} float64 columns of ${N} rows (${mb.toFixed(1)} MB)`, rows);

  const y = Float64Array.from({ length: N }, (_, i) => i);
  const encode = (): void => {
    const b = doc.flush();
    if (b !== null) prepare_message("PATCH-DOC", encode_events(b.events, { binary: true, known: () => true }).json as never, {});
  };
  const in_place = time_ops(() => {
    source.data.c1 = y;
    encode();
  }, 300);
  const whole = time_ops(() => {
    source.data = { ...source.data, c1: y };
    encode();
  }, 300);
  const bytes_of = (edit: () => void): number => {
    edit();
    const b = doc.flush()!;
    const { json, buffers } = encode_events(b.events, { binary: true, known: () => true });
    return wire_bytes(prepare_message("PATCH-DOC", json as never, { buffers: new Map(buffers) }));
  };
  const in_place_bytes = bytes_of(() => void (source.data.c1 = y));
  const whole_bytes = bytes_of(() => void (source.data = { ...source.data, c1: y }));
  table(`replace one of ${cols} columns (${N} rows): edit + flush + encode`, [
    { method: "source.data.c1 = y (in place)", "edits/s": in_place.ops, "x vs whole": in_place.ops / whole.ops, "bytes on the wire": in_place_bytes, "x bytes vs whole": in_place_bytes / whole_bytes },
    { method: "source.data = {...data, c1: y}", "edits/s": whole.ops, "x vs whole": 1, "bytes on the wire": whole_bytes, "x bytes vs whole": 1 },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) run();
