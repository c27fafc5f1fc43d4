/**
 * Bokeh 3 serialization: a model is written in full once, then as {id}; only attributes
 * that differ from defaults; typed arrays as ndarray reps whose bytes are either binary
 * buffers (referenced by {id}) or gzip+base64 text.
 */
import { DashError, ErrorCode } from "../errors.ts";
import { Model } from "../core/model.ts";
import { is_plain_object, is_typed_array, type TypedArray } from "../core/kinds.ts";
import { is_spec } from "../core/specs.ts";
import { BYTE_ORDER, base64_encode, bytes_of, bytes_to_base64, dtype_of, shape_of } from "./bytes.ts";
import type { DocumentEvent, PatchIndex } from "../document/events.ts";
import { assertNever } from "../errors.ts";
import { is_slice } from "../document/events.ts";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Buffers = Array<[string, Uint8Array]>;

export interface SerializerOptions {
  /** Put typed-array bytes in binary side buffers (true) or inline base64 (false). */
  readonly binary?: boolean;
  /** Inline bytes as plain base64, as Bokeh before 3.10 writes and reads them (default: gzip first, as BokehJS 3.10). */
  readonly plain_base64?: boolean;
  /** Models the receiver already has: written as {id}. Others are written in full once. */
  readonly known?: (model: Model) => boolean;
}

export class Serializer {
  readonly buffers: Buffers = [];
  private readonly binary: boolean;
  private readonly plain_base64: boolean;
  private readonly known: (model: Model) => boolean;
  private readonly written = new Set<Model>();
  private next_buffer = 0;

  constructor(opts: SerializerOptions = {}) {
    this.binary = opts.binary ?? false;
    this.plain_base64 = opts.plain_base64 ?? false;
    this.known = opts.known ?? (() => false);
  }

  encode(v: unknown): Json {
    if (v === null || v === undefined) return null;
    switch (typeof v) {
      case "boolean":
      case "string":
        return v;
      case "number":
        if (Number.isNaN(v)) return { type: "number", value: "nan" };
        if (!Number.isFinite(v)) return { type: "number", value: v > 0 ? "+inf" : "-inf" };
        return v;
      case "object":
        return this.encode_object(v);
      default:
        throw new DashError(ErrorCode.SERIALIZE, `cannot serialize a ${typeof v}`);
    }
  }

  private encode_object(v: object): Json {
    if (v instanceof Model) return this.encode_model(v);
    if (Array.isArray(v)) return v.map((x) => this.encode(x));
    if (is_typed_array(v)) return this.encode_typed_array(v);
    if (is_spec(v)) return this.encode_spec(v as unknown as Record<string, unknown>);
    if (v instanceof Map) {
      if (v.size === 0) return { type: "map" };
      return { type: "map", entries: [...v].map(([k, x]) => [this.encode(k), this.encode(x)]) };
    }
    if (v instanceof Set) {
      if (v.size === 0) return { type: "set" };
      return { type: "set", entries: [...v].map((x) => this.encode(x)) };
    }
    if (v instanceof Date) return { type: "date", iso: v.toISOString() };
    if (is_plain_object(v)) {
      const entries = Object.entries(v);
      if (entries.length === 0) return { type: "map" };
      return { type: "map", entries: entries.map(([k, x]) => [k, this.encode(x)]) };
    }
    if (v instanceof ArrayBuffer) return { type: "bytes", data: this.encode_bytes(new Uint8Array(v)) };
    throw new DashError(ErrorCode.SERIALIZE, `cannot serialize ${Object.prototype.toString.call(v)}`);
  }

  private encode_spec(s: Record<string, unknown>): Json {
    const out: { [key: string]: Json } = {};
    if ("field" in s) {
      out.type = "field";
      out.field = s.field as string;
    } else if ("expr" in s) {
      out.type = "expr";
      out.expr = this.encode(s.expr);
    } else {
      out.type = "value";
      out.value = this.encode(s.value);
    }
    if (s.transform !== undefined) out.transform = this.encode(s.transform);
    if (s.units !== undefined) out.units = s.units as string;
    return out;
  }

  private encode_bytes(bytes: Uint8Array): Json {
    if (this.binary) {
      const id = String(this.next_buffer++);
      this.buffers.push([id, bytes]);
      return { id };
    }
    return this.plain_base64 ? base64_encode(bytes) : bytes_to_base64(bytes);
  }

  encode_typed_array(a: TypedArray): Json {
    const dtype = dtype_of(a);
    if (dtype === null) throw new DashError(ErrorCode.SERIALIZE, `unsupported typed array ${a.constructor.name}`);
    return {
      type: "ndarray",
      array: { type: "bytes", data: this.encode_bytes(bytes_of(a)) },
      shape: shape_of(a),
      dtype,
      order: BYTE_ORDER,
    };
  }

  encode_model(m: Model): Json {
    if (this.written.has(m) || this.known(m)) return { id: m.id };
    this.written.add(m);
    const attributes: { [key: string]: Json } = {};
    let any = false;
    for (const [name, value] of m.attributes_to_write()) {
      attributes[name] = this.encode(value);
      any = true;
    }
    const rep: { [key: string]: Json } = { type: "object", name: m.type, id: m.id };
    if (any) rep.attributes = attributes;
    return rep;
  }

  /** UI events travel as Bokeh's {type: "event", name, values}; {event_name, ...values} in memory. */
  private encode_message_data(msg_type: string, data: unknown): Json {
    if (msg_type === "bokeh_event" && is_plain_object(data) && typeof data.event_name === "string") {
      const { event_name, ...values } = data;
      return { type: "event", name: event_name, values: this.encode(values) };
    }
    return this.encode(data);
  }

  encode_index(i: PatchIndex): Json {
    if (typeof i === "number") return i;
    if (Array.isArray(i)) return i.map((x) => this.encode_index(x as PatchIndex));
    if (is_slice(i)) return { type: "slice", start: i.start ?? null, stop: i.stop ?? null, step: i.step ?? null };
    throw new DashError(ErrorCode.SERIALIZE, "bad patch index");
  }

  encode_event(e: DocumentEvent): Json {
    switch (e.kind) {
      case "ModelChanged":
        return { kind: e.kind, model: { id: e.model.id }, attr: e.attr, new: this.encode(e.new) };
      case "ColumnDataChanged": {
        const out: { [key: string]: Json } = { kind: e.kind, model: { id: e.model.id }, attr: e.attr, data: this.encode(e.data) };
        if (e.cols !== undefined) out.cols = [...e.cols];
        return out;
      }
      case "ColumnsStreamed":
        return { kind: e.kind, model: { id: e.model.id }, attr: e.attr, data: this.encode(e.data), rollover: e.rollover ?? null };
      case "ColumnsPatched": {
        const entries: Json[] = Object.entries(e.patches).map(([col, list]) => [
          col,
          list.map(([index, value]) => [this.encode_index(index), this.encode(value)]),
        ]);
        return { kind: e.kind, attr: e.attr, model: { id: e.model.id }, patches: { type: "map", entries } };
      }
      case "RootAdded":
        return { kind: e.kind, model: this.encode(e.model) };
      case "RootRemoved":
        return { kind: e.kind, model: { id: e.model.id } };
      case "TitleChanged":
        return { kind: e.kind, title: e.title };
      case "MessageSent":
        return { kind: e.kind, msg_type: e.msg_type, msg_data: this.encode_message_data(e.msg_type, e.msg_data) };
      default:
        return assertNever(e, "event");
    }
  }
}

/** The Bokeh version string Dash speaks. */
export const BOKEH_VERSION = "3.10.0";

export interface DocumentJson {
  version: string;
  title: string;
  roots: Json[];
  [key: string]: Json;
}

export interface Encoded<T> {
  readonly json: T;
  readonly buffers: Buffers;
}

export function encode_document(doc: { title: string; roots: readonly Model[] }, opts: { binary?: boolean; plain_base64?: boolean } = {}): Encoded<DocumentJson> {
  const s = new Serializer({ binary: opts.binary, plain_base64: opts.plain_base64 });
  const roots = doc.roots.map((r) => s.encode_model(r));
  return { json: { version: BOKEH_VERSION, title: doc.title, roots }, buffers: s.buffers };
}

/** A PATCH-DOC content: models the peer already has are references; new ones are written in full. */
export function encode_events(events: readonly DocumentEvent[], opts: SerializerOptions = {}): Encoded<{ events: Json[] }> {
  const s = new Serializer(opts);
  return { json: { events: events.map((e) => s.encode_event(e)) }, buffers: s.buffers };
}
