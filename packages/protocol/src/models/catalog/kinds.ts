/**
 * The BokehJS kinds the generated catalog needs beyond core/kinds (which the hand-written
 * models use): any-arity Or, Positive/NonNegative over any numeric kind, structs, non-empty
 * lists, arrayables, bytes, null, and references resolved by Bokeh type name (the catalog
 * refers to classes defined anywhere, in any order).
 */
import { type Kind, Invalid, is_plain_object, is_typed_array, type TypedArray } from "../../core/kinds.ts";
import { Model, model_class } from "../../core/model.ts";
import { bokeh_bases } from "./bases.gen.ts";

function kind<T>(name: string, coerce: (v: unknown) => T | Invalid, refs = false): Kind<T> {
  return { name, coerce, refs };
}

export function OneOf<T>(...ks: Kind<T>[]): Kind<T> {
  return kind(`Or(${ks.map((k) => k.name).join(", ")})`, (v) => {
    for (const k of ks) {
      const r = k.coerce(v);
      if (r !== Invalid) return r;
    }
    return Invalid;
  }, ks.some((k) => k.refs));
}

export function NonNegativeOf(k: Kind<number>): Kind<number> {
  return kind(`NonNegative(${k.name})`, (v) => {
    const r = k.coerce(v);
    return r !== Invalid && r >= 0 ? r : Invalid;
  });
}

export function PositiveOf(k: Kind<number>): Kind<number> {
  return kind(`Positive(${k.name})`, (v) => {
    const r = k.coerce(v);
    return r !== Invalid && r > 0 ? r : Invalid;
  });
}

/** Bokeh's Float: any number, NaN and infinities included. */
export const Float: Kind<number> = kind("Float", (v) => (typeof v === "number" ? v : Invalid));

export const Null: Kind<null> = kind("Null", (v) => (v === null ? null : Invalid));

/** Bokeh's Struct (every field required) or PartialStruct (every field optional). */
export function Struct(fields: Record<string, Kind<unknown>>, partial = false): Kind<Record<string, unknown>> {
  const names = Object.keys(fields);
  return kind(`${partial ? "PartialStruct" : "Struct"}(${names.map((n) => `${n}: ${fields[n]!.name}`).join(", ")})`, (v) => {
    const entries = v instanceof Map ? [...v.entries()] : is_plain_object(v) ? Object.entries(v) : null;
    if (entries === null) return Invalid;
    const out: Record<string, unknown> = Object.create(null);
    for (const [key, val] of entries) {
      if (typeof key !== "string" || !Object.hasOwn(fields, key)) return Invalid;
      if (val === undefined) continue;
      const r = fields[key]!.coerce(val);
      if (r === Invalid) return Invalid;
      out[key] = r;
    }
    if (!partial && names.some((n) => !(n in out))) return Invalid;
    return { ...out };
  }, Object.values(fields).some((k) => k.refs));
}

export function NonEmptyList<T>(k: Kind<T>): Kind<T[]> {
  return kind(`NonEmptyList(${k.name})`, (v) => {
    if (!Array.isArray(v) || v.length === 0) return Invalid;
    const out: T[] = [];
    for (const x of v) {
      const r = k.coerce(x);
      if (r === Invalid) return Invalid;
      out.push(r);
    }
    return out;
  }, k.refs);
}

/** A list or a typed array (Bokeh's Arrayable / Iterable). */
export function Arrayable<T>(k: Kind<T>): Kind<T[] | TypedArray> {
  return kind(`Arrayable(${k.name})`, (v) => {
    if (is_typed_array(v)) return v;
    if (!Array.isArray(v)) return Invalid;
    const out: T[] = [];
    for (const x of v) {
      const r = k.coerce(x);
      if (r === Invalid) return Invalid;
      out.push(r);
    }
    return out;
  }, k.refs);
}

/** Bokeh's Bytes: stored as an ArrayBuffer (written as a bytes rep); a string is taken as its UTF-8 bytes, as Bokeh does. */
export const Bytes: Kind<ArrayBuffer> = kind("Bytes", (v) => {
  if (v instanceof ArrayBuffer) return v;
  if (v instanceof Uint8Array) return v.slice().buffer as ArrayBuffer;
  if (typeof v === "string") return new TextEncoder().encode(v).buffer as ArrayBuffer;
  return Invalid;
});

export function Pattern(re: RegExp): Kind<string> {
  return kind(`Regex(${re})`, (v) => (typeof v === "string" && re.test(v) ? v : Invalid));
}

/** An instance of the model class Bokeh calls `name` (or a subclass), looked up when a value is checked. */
export function NamedRef(name: string): Kind<Model> {
  return {
    name: `Instance(${name})`,
    coerce: (v) => {
      if (!(v instanceof Model)) return Invalid;
      const cls = model_class(name);
      if (name === "Model" || name === "HasProps" || (cls !== undefined && v instanceof cls)) return v;
      // Hand-written classes may skip BokehJS's abstract bases (e.g. DataSource): go by BokehJS's chain.
      for (let c: object | null = v.constructor; c !== null && c !== Model; c = Object.getPrototypeOf(c)) {
        if ((bokeh_bases[(c as { __name__?: string }).__name__ ?? ""] ?? []).includes(name)) return v;
      }
      return Invalid;
    },
    refs: true,
  };
}

/** A fresh instance of a model class by Bokeh name, for defaults that are models. */
export function make(name: string, attrs: Record<string, unknown> = {}): Model {
  const cls = model_class(name);
  if (cls === undefined) throw new Error(`no model class ${name}`);
  return new cls(attrs);
}

/** A JavaScript Date (BokehJS's Ref(Date) in date pickers' value unions). */
export const JsDate: Kind<Date> = kind("Date", (v) => (v instanceof Date ? v : Invalid));
