/**
 * Reads Bokeh 3 JSON (from Dash, BokehJS or Bokeh's Python server) into values and models.
 * Needs only a resolver for known ids and the message's buffers; models it creates are
 * returned so the caller decides when they join a document.
 */
import { DashError, ErrorCode } from "../errors.ts";
import { Model, registry } from "../core/model.ts";
import { is_plain_object } from "../core/kinds.ts";
import { DataSpec } from "../core/specs.ts";
import { AnyPlain } from "../core/kinds.ts";
import { base64_to_bytes, dtype_size, is_dtype, ndarray, typed_from_bytes, type DType } from "./bytes.ts";

export type BufferMap = ReadonlyMap<string, Uint8Array>;

export interface DecodeOptions {
  /** Largest decoded `bytes` (base64/gzip) or declared ndarray size accepted; default unbounded. */
  readonly max_decoded_bytes?: number;
}
/** The name the document and patch API use. */
export type DeserializerOptions = DecodeOptions;

const any_spec = DataSpec("Spec", AnyPlain, () => true);

function fail(message: string, code: typeof ErrorCode[keyof typeof ErrorCode] = ErrorCode.DESERIALIZE): never {
  throw new DashError(code, message);
}

/** Bytes an ndarray's shape and dtype declare (the limit when it declares none); refused past the limit. */
function declared_bytes(shape: unknown, dtype: DType, max: number): number {
  if (!Array.isArray(shape)) return max;
  let n = dtype_size(dtype);
  for (const d of shape) {
    if (typeof d !== "number" || !Number.isInteger(d) || d < 0) fail("ndarray shape must be non-negative integers");
    n *= d;
  }
  if (n > max) throw new DashError(ErrorCode.DECODED_TOO_LARGE, `ndarray of shape [${shape.join(", ")}] ${dtype} is ${n} bytes, more than the limit of ${max}`, { max_bytes: max });
  return n;
}

export class Deserializer {
  /** Models created while decoding, in creation order. */
  readonly created: Model[] = [];
  /** Full reps of models that already existed: attributes to apply, in order. */
  readonly updates: Array<[Model, Record<string, unknown>]> = [];
  private readonly local = new Map<string, Model>();

  constructor(
    private readonly resolve: (id: string) => Model | null | undefined,
    private readonly buffers: BufferMap = new Map(),
    /** Replacing a whole document: reuse known models of the same type, replace the others. */
    private readonly reuse = false,
    private readonly opts: DecodeOptions = {},
  ) {}

  private lookup(id: string): Model | undefined {
    return this.local.get(id) ?? this.resolve(id) ?? undefined;
  }

  decode(v: unknown): unknown {
    if (Array.isArray(v)) return v.map((x) => this.decode(x));
    if (!is_plain_object(v)) return v;
    const type = v.type;
    if (typeof type !== "string") {
      if (typeof v.id === "string" && Object.keys(v).length === 1) return this.ref(v.id);
      return this.record(Object.entries(v));
    }
    switch (type) {
      case "ref":
        return this.ref(v.id);
      case "object":
        return this.object(v);
      case "number":
        if (v.value === "nan") return NaN;
        if (v.value === "+inf") return Infinity;
        if (v.value === "-inf") return -Infinity;
        if (typeof v.value === "number") return v.value;
        return fail(`invalid number representation ${JSON.stringify(v.value)}`);
      case "array":
        return this.entries(v).map((x) => this.decode(x));
      case "set":
        return new Set(this.entries(v).map((x) => this.decode(x)));
      case "map": {
        const entries = this.entries(v).map((e) => {
          if (!Array.isArray(e) || e.length !== 2) fail("map entries must be [key, value] pairs");
          return [this.decode(e[0]), this.decode(e[1])] as [unknown, unknown];
        });
        if (entries.every(([k]) => typeof k === "string")) return this.record(entries as Array<[string, unknown]>, false);
        return new Map(entries);
      }
      case "bytes":
        return this.bytes(v.data);
      case "slice":
        return { start: this.decode(v.start) ?? null, stop: this.decode(v.stop) ?? null, step: this.decode(v.step) ?? null };
      case "date":
        if (typeof v.iso !== "string") fail("date rep needs an iso string");
        return Date.parse(v.iso);
      case "value":
      case "field":
      case "expr": {
        const spec: Record<string, unknown> = {};
        spec[type] = this.decode(v[type]);
        if (v.transform != null) spec.transform = this.decode(v.transform);
        if (v.units != null) spec.units = this.decode(v.units);
        const r = any_spec.coerce(spec);
        if (typeof r === "symbol") fail(`invalid ${type} spec`);
        return r;
      }
      case "typed_array":
      case "ndarray":
        return this.array(v);
      case "event": {
        // A UI event (MessageSent "bokeh_event"): {type: "event", name, values}.
        if (typeof v.name !== "string") fail("event rep needs a name");
        const values = this.decode(v.values ?? {});
        if (!is_plain_object(values)) fail("event values must be a map");
        return { event_name: v.name, ...values };
      }
      default:
        return fail(`unable to decode an object of type '${type}'`);
    }
  }

  /**
   * Keys from the wire go into a null-prototype object, so "__proto__" or "constructor"
   * are ordinary keys and can never reach (or replace) an object's prototype.
   */
  private record(entries: ReadonlyArray<readonly [string, unknown]>, decode = true): Record<string, unknown> {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, x] of entries) out[k] = decode ? this.decode(x) : x;
    return out;
  }

  private entries(v: Record<string, unknown>): unknown[] {
    const e = v.entries ?? [];
    if (!Array.isArray(e)) fail(`${String(v.type)} entries must be an array`);
    return e;
  }

  private ref(id: unknown): Model {
    if (typeof id !== "string") fail("reference id must be a string");
    const m = this.lookup(id);
    if (m === undefined) fail(`reference ${id} isn't known`, ErrorCode.UNKNOWN_REFERENCE);
    return m;
  }

  private bytes(data: unknown, max_bytes = this.opts.max_decoded_bytes ?? Infinity): Uint8Array {
    if (is_plain_object(data) && typeof data.id === "string") {
      const b = this.buffers.get(data.id);
      if (b === undefined) fail(`buffer for id=${data.id} not found`);
      return b;
    }
    if (typeof data === "string") {
      const b = base64_to_bytes(data, max_bytes);
      if (b === null) fail("invalid base64 bytes");
      return b;
    }
    return fail("bytes data must be a buffer reference or a base64 string");
  }

  private array(v: Record<string, unknown>): unknown {
    const { dtype, order } = v;
    if (Array.isArray(v.array)) return v.array.map((x) => this.decode(x)); // dtype "object": a plain list
    if (!is_dtype(dtype)) fail(`unsupported dtype '${String(dtype)}'`);
    if (order !== undefined && order !== "little" && order !== "big") fail(`invalid byte order '${String(order)}'`);
    // The declared size is checked before anything is inflated, and bounds the inflating.
    const expected = declared_bytes(v.shape, dtype, this.opts.max_decoded_bytes ?? Infinity);
    const rep = v.array;
    const raw = is_plain_object(rep) && rep.type === "bytes" ? this.bytes(rep.data, expected) : this.decode(rep);
    if (!(raw instanceof Uint8Array)) fail("ndarray data must be bytes");
    const typed = typed_from_bytes(raw, dtype, (order as "little" | "big" | undefined) ?? "little");
    if (typed === null) fail(`byte length ${raw.byteLength} is not a multiple of ${dtype}`);
    const shape = v.shape;
    if (Array.isArray(shape) && shape.length > 1) {
      if (!shape.every((n) => typeof n === "number")) fail("ndarray shape must be numbers");
      return ndarray(typed, shape as number[]);
    }
    return typed;
  }

  private object(v: Record<string, unknown>): Model {
    const { name, id, attributes } = v;
    if (typeof name !== "string") fail("object rep needs a name");
    if (attributes !== undefined && !is_plain_object(attributes)) fail(`attributes of ${name} must be an object`);
    if (typeof id !== "string") {
      // Anonymous object (no id): build it directly.
      const cls = this.cls(name);
      const m = new cls();
      if (attributes) m.setv(this.decode_attrs(attributes), { silent: true });
      this.created.push(m);
      return m;
    }
    const existing = this.lookup(id);
    if (existing !== undefined && !(this.reuse && existing.type !== name && !this.local.has(id))) {
      if (existing.type !== name) {
        fail(`type mismatch for ${existing}, expected '${name}'`);
      }
      if (this.reuse) {
        if (!this.local.has(id)) {
          this.local.set(id, existing);
          this.updates.push([existing, attributes ? this.decode_attrs(attributes) : {}]);
        }
      } else if (attributes) this.updates.push([existing, this.decode_attrs(attributes)]);
      return existing;
    }
    const cls = this.cls(name);
    const m = new cls({ id });
    this.local.set(id, m);
    this.created.push(m);
    if (attributes) m.setv(this.decode_attrs(attributes), { silent: true });
    return m;
  }

  private decode_attrs(attributes: Record<string, unknown>): Record<string, unknown> {
    return this.record(Object.entries(attributes));
  }

  private cls(name: string): new (attrs?: Record<string, unknown>) => Model {
    const cls = registry.get(name);
    if (cls === undefined) fail(`unknown model type '${name}'`, ErrorCode.UNKNOWN_MODEL);
    return cls as unknown as new (attrs?: Record<string, unknown>) => Model;
  }
}
