// The contract between the document layer and the renderer: plain immutable snapshots
// of a Bokeh model graph. Untouched models keep their object identity between snapshots.
import { default_of, class_chain, parent_type } from "./model_info.ts";
export { parent_type };

export type Ref = { readonly $ref: string };
export interface ModelSnap { readonly id: string; readonly type: string; readonly attrs: Readonly<Record<string, unknown>> }
export interface DocSnap { readonly models: Readonly<Record<string, ModelSnap>>; readonly roots: readonly string[]; readonly title: string }

export type TypedArray = Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | Uint8ClampedArray;
export type Column = TypedArray | readonly unknown[];

export function is_ref(v: unknown): v is Ref {
  return typeof v === "object" && v !== null && typeof (v as { $ref?: unknown }).$ref === "string";
}

export function is_typed_array(v: unknown): v is TypedArray {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

export function is_plain_object(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !ArrayBuffer.isView(v);
}

/** Attribute value, falling back to Bokeh's default when the snapshot omits it. */
export function attr<T = unknown>(m: ModelSnap, name: string): T {
  const v = m.attrs[name];
  return (v === undefined ? default_of(m.type, name) : v) as T;
}

export function num(m: ModelSnap, name: string, fallback = 0): number {
  const v = attr<unknown>(m, name);
  return typeof v === "number" ? v : fallback;
}

export function str(m: ModelSnap, name: string, fallback = ""): string {
  const v = attr<unknown>(m, name);
  return typeof v === "string" ? v : fallback;
}

export function bool(m: ModelSnap, name: string, fallback = false): boolean {
  const v = attr<unknown>(m, name);
  return typeof v === "boolean" ? v : fallback;
}

/** Resolves ids and refs against one DocSnap. */
export class Resolver {
  constructor(readonly doc: DocSnap) {}
  get(id: string | null | undefined): ModelSnap | null {
    return id == null ? null : this.doc.models[id] ?? null;
  }
  deref(v: unknown): ModelSnap | null {
    return is_ref(v) ? this.get(v.$ref) : null;
  }
  /** The model an attribute refers to (or null). */
  ref(m: ModelSnap, name: string): ModelSnap | null {
    return this.deref(attr(m, name));
  }
  /** Models an attribute lists (ignores non-refs). */
  refs(m: ModelSnap, name: string): ModelSnap[] {
    const v = attr<unknown>(m, name);
    if (!Array.isArray(v)) return [];
    const out: ModelSnap[] = [];
    for (const r of v) {
      const s = this.deref(r);
      if (s != null) out.push(s);
    }
    return out;
  }
}

export function is_a(m: ModelSnap | null | undefined, type: string): boolean {
  return m != null && class_chain(m.type).includes(type);
}

/** A ColumnDataSource's columns as a snapshot holds them. */
export type Data = Readonly<Record<string, Column>>;

export function source_data(source: ModelSnap | null): Data {
  if (source == null) return {};
  const d = attr<unknown>(source, "data");
  return is_plain_object(d) ? (d as Data) : {};
}

export function data_length(data: Data): number {
  for (const k in data) return data[k]!.length;
  return 0;
}
