/**
 * What Dash keeps in Redis per document, and how it is encoded.
 *
 *   {P:app/session}:log   Stream of batches in version order (id `<version>-0`), plus
 *                         acknowledgement-only and refusal entries (`<version>-<n>`)
 *   {P:app/session}:cmd   Stream of client patches forwarded by followers to the leader
 *   {P:app/session}:snap  Hash: the document (JSON + buffers) at a version, with its epoch
 *   {P:app/session}:lock  The leader's token (SET NX PX, renewed)
 *   {P:app/session}:viewers  Hash: joined connections per process (see viewers.ts)
 *
 * The hash tag keeps one document's keys in one cluster slot (the scripts touch several).
 */
import type { Json } from "@dash/protocol";

export interface DocKeys {
  readonly lock: string;
  readonly log: string;
  readonly cmd: string;
  readonly snap: string;
  readonly viewers: string;
}

export function doc_keys(prefix: string, app: string, session_id: string): DocKeys {
  const tag = `{${prefix}:${app}/${session_id}}`;
  return { lock: `${tag}:lock`, log: `${tag}:log`, cmd: `${tag}:cmd`, snap: `${tag}:snap`, viewers: `${tag}:viewers` };
}

export type Fields = ReadonlyMap<string, Buffer>;
export type FieldList = Array<string | Buffer>;

/** [client_id, msgid, version, rest (0/1)] */
export type Ack = [string, string, number, number];

/** One log entry, decoded. */
export type LogEntry =
  | { readonly kind: "batch"; readonly version: number; readonly cmd: string; readonly content: string; readonly origins: ReadonlyArray<string | null>; readonly acks: readonly Ack[]; readonly buffers: Map<string, Uint8Array> }
  | { readonly kind: "ack"; readonly version: number; readonly cmd: string; readonly acks: readonly Ack[] }
  | { readonly kind: "refused"; readonly version: number; readonly cmd: string; readonly client: string; readonly msgid: string; readonly text: string };

export interface Command {
  readonly client: string;
  readonly msgid: string;
  /** null: a barrier (only acknowledged, in order). */
  readonly content: string | null;
  readonly buffers: Map<string, Uint8Array>;
}

export interface Snapshot {
  readonly version: number;
  readonly epoch: string;
  /** Last command-stream id whose effects it contains. */
  readonly cmd: string;
  /** Log-stream id of the last entry it contains. */
  readonly log_id: string;
  readonly doc: Json;
  readonly buffers: Map<string, Uint8Array>;
  readonly applied: ReadonlyArray<[string, string, number]>;
}

export function fields_of(list: readonly Buffer[]): Map<string, Buffer> {
  const m = new Map<string, Buffer>();
  for (let i = 0; i + 1 < list.length; i += 2) m.set(list[i]!.toString("utf8"), list[i + 1]!);
  return m;
}

function str(f: Fields, name: string, def?: string): string {
  const b = f.get(name);
  if (b === undefined) {
    if (def !== undefined) return def;
    throw new Error(`redis entry lacks field '${name}'`);
  }
  return b.toString("utf8");
}

function json<T>(f: Fields, name: string, def: T): T {
  const b = f.get(name);
  return b === undefined ? def : (JSON.parse(b.toString("utf8")) as T);
}

function put_buffers(out: FieldList, buffers: Iterable<readonly [string, Uint8Array]>): void {
  const ids: string[] = [];
  for (const [id, data] of buffers) {
    out.push(`d${ids.length}`, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    ids.push(id);
  }
  if (ids.length > 0) out.push("i", JSON.stringify(ids));
}

function get_buffers(f: Fields): Map<string, Uint8Array> {
  const ids = json<string[]>(f, "i", []);
  const m = new Map<string, Uint8Array>();
  ids.forEach((id, n) => {
    const b = f.get(`d${n}`);
    if (b !== undefined) m.set(id, new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
  });
  return m;
}

export function encode_batch(e: Extract<LogEntry, { kind: "batch" }>): FieldList {
  const out: FieldList = ["k", "b", "v", String(e.version), "c", e.cmd, "p", e.content, "o", JSON.stringify(e.origins)];
  if (e.acks.length > 0) out.push("a", JSON.stringify(e.acks));
  put_buffers(out, e.buffers);
  return out;
}

export function encode_ack(version: number, cmd: string, acks: readonly Ack[]): FieldList {
  return ["k", "a", "v", String(version), "c", cmd, "a", JSON.stringify(acks)];
}

export function encode_refused(version: number, cmd: string, client: string, msgid: string, text: string): FieldList {
  return ["k", "e", "v", String(version), "c", cmd, "a", JSON.stringify([[client, msgid, version, 0]]), "x", text];
}

export function decode_entry(f: Fields): LogEntry {
  const kind = str(f, "k");
  const version = Number(str(f, "v"));
  const cmd = str(f, "c", "0-0");
  const acks = json<Ack[]>(f, "a", []);
  if (kind === "b") {
    return { kind: "batch", version, cmd, content: str(f, "p"), origins: json<Array<string | null>>(f, "o", []), acks, buffers: get_buffers(f) };
  }
  if (kind === "a") return { kind: "ack", version, cmd, acks };
  const [client, msgid] = acks[0] ?? ["", ""];
  return { kind: "refused", version, cmd, client, msgid, text: str(f, "x", "refused") };
}

export const BARRIER = "\u0000barrier";

export function encode_command(c: Command): FieldList {
  const out: FieldList = ["c", c.client, "m", c.msgid];
  if (c.content !== null) out.push("p", c.content);
  put_buffers(out, c.buffers);
  return out;
}

export function decode_command(f: Fields): Command {
  const p = f.get("p");
  return { client: str(f, "c"), msgid: str(f, "m"), content: p === undefined ? null : p.toString("utf8"), buffers: get_buffers(f) };
}

export function encode_snapshot(s: Snapshot): FieldList {
  const out: FieldList = [
    "v", String(s.version), "e", s.epoch, "c", s.cmd, "l", s.log_id, "doc", JSON.stringify(s.doc), "a", JSON.stringify(s.applied),
  ];
  put_buffers(out, s.buffers);
  return out;
}

export function decode_snapshot(f: Fields): Snapshot | null {
  if (!f.has("v") || !f.has("doc")) return null;
  return {
    version: Number(str(f, "v")),
    epoch: str(f, "e"),
    cmd: str(f, "c", "0-0"),
    log_id: str(f, "l", "0-0"),
    doc: json<Json>(f, "doc", null),
    buffers: get_buffers(f),
    applied: json<Array<[string, string, number]>>(f, "a", []),
  };
}

/** Stream ids compare as (ms, seq). */
export function compare_ids(a: string, b: string): number {
  const [am, as] = a.split("-").map(Number) as [number, number];
  const [bm, bs] = b.split("-").map(Number) as [number, number];
  return am !== bm ? am - bm : (as ?? 0) - (bs ?? 0);
}
