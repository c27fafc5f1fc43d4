/**
 * Property kinds: what a property accepts, how an input is normalised, and whether it
 * may hold model references (so the document only walks values that can).
 */
import colornames from "color-name";
import type { Model } from "./model.ts";

export const Invalid: unique symbol = Symbol("invalid");
export type Invalid = typeof Invalid;

export interface Kind<T> {
  readonly name: string;
  /** Normalised value, or Invalid. Never throws. */
  coerce(v: unknown): T | Invalid;
  /** True when values of this kind can contain models. */
  readonly refs: boolean;
  /** Phantom: the TypeScript type of accepted values. */
  readonly __type?: T;
}

export type KindType<K> = K extends Kind<infer T> ? T : never;

function kind<T>(name: string, coerce: (v: unknown) => T | Invalid, refs = false): Kind<T> {
  return { name, coerce, refs };
}

export type TypedArray =
  | Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array | Uint8ClampedArray;

export function is_typed_array(v: unknown): v is TypedArray {
  return ArrayBuffer.isView(v) && !(v instanceof DataView);
}

export function is_plain_object(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object") return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

export const Any: Kind<unknown> = kind("Any", (v) => v, true);
export const AnyPlain: Kind<unknown> = kind("Any", (v) => v, false);

export const Number: Kind<number> = kind("Number", (v) => (typeof v === "number" ? v : Invalid));
export const NonNegative: Kind<number> = kind("NonNegative(Number)", (v) => (typeof v === "number" && v >= 0 ? v : Invalid));
export const Positive: Kind<number> = kind("Positive(Number)", (v) => (typeof v === "number" && v > 0 ? v : Invalid));
export const Int: Kind<number> = kind("Int", (v) => (typeof v === "number" && globalThis.Number.isInteger(v) ? v : Invalid));
export const NonNegativeInt: Kind<number> = kind("NonNegative(Int)", (v) =>
  typeof v === "number" && globalThis.Number.isInteger(v) && v >= 0 ? v : Invalid,
);
export const Percent: Kind<number> = kind("Percent", (v) => (typeof v === "number" && v >= 0 && v <= 1 ? v : Invalid));
export const String: Kind<string> = kind("String", (v) => (typeof v === "string" ? v : Invalid));
export const Bool: Kind<boolean> = kind("Bool", (v) => (typeof v === "boolean" ? v : Invalid));
/** Bokeh's Datetime: a number of ms since epoch, or a Date (stored as ms), or an ISO string. */
export const Datetime: Kind<number | string> = kind("Datetime", (v) => {
  if (typeof v === "number") return v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "string" && !isNaN(Date.parse(v))) return v;
  return Invalid;
});

export function Enum<const V extends readonly string[]>(...values: V): Kind<V[number]> {
  const set = new Set<string>(values);
  return kind(`Enum(${values.map((v) => JSON.stringify(v)).join(", ")})`, (v) =>
    typeof v === "string" && set.has(v) ? (v as V[number]) : Invalid,
  );
}

export function Nullable<T>(k: Kind<T>): Kind<T | null> {
  return kind(`Nullable(${k.name})`, (v) => (v === null || v === undefined ? null : k.coerce(v)), k.refs);
}

export function Or<A, B>(a: Kind<A>, b: Kind<B>): Kind<A | B>;
export function Or<A, B, C>(a: Kind<A>, b: Kind<B>, c: Kind<C>): Kind<A | B | C>;
export function Or(...ks: Kind<unknown>[]): Kind<unknown> {
  return kind(
    ks.map((k) => k.name).join(" | "),
    (v) => {
      for (const k of ks) {
        const r = k.coerce(v);
        if (r !== Invalid) return r;
      }
      return Invalid;
    },
    ks.some((k) => k.refs),
  );
}

export function List<T>(k: Kind<T>): Kind<T[]> {
  return kind(
    `List(${k.name})`,
    (v) => {
      if (!Array.isArray(v)) return Invalid;
      let out: unknown[] | null = null;
      for (let i = 0; i < v.length; i++) {
        const r = k.coerce(v[i]);
        if (r === Invalid) return Invalid;
        if (r !== v[i]) (out ??= v.slice())[i] = r;
      }
      return (out ?? v) as T[];
    },
    k.refs,
  );
}
export { List as Array };

/** Numbers as a list or any typed array (kept as given). */
export const NumberArray: Kind<number[] | TypedArray> = kind("Array(Number)", (v) => {
  if (is_typed_array(v)) return v;
  if (Array.isArray(v) && v.every((x) => typeof x === "number")) return v as number[];
  return Invalid;
});

type KindTypes<Ks extends readonly Kind<unknown>[]> = { -readonly [I in keyof Ks]: KindType<Ks[I]> };

export function Tuple<const Ks extends readonly Kind<unknown>[]>(...ks: Ks): Kind<KindTypes<Ks>> {
  return kind(
    `Tuple(${ks.map((k) => k.name).join(", ")})`,
    (v) => {
      if (!Array.isArray(v) || v.length !== ks.length) return Invalid;
      const out = new Array(ks.length);
      for (let i = 0; i < ks.length; i++) {
        const r = ks[i]!.coerce(v[i]);
        if (r === Invalid) return Invalid;
        out[i] = r;
      }
      return out as KindTypes<Ks>;
    },
    ks.some((k) => k.refs),
  );
}

/** A string-keyed mapping (Bokeh's Dict). Accepts a plain object or a Map with string keys. */
export function Dict<T>(k: Kind<T>): Kind<Record<string, T>> {
  return kind(
    `Dict(String, ${k.name})`,
    (v) => {
      const entries = v instanceof Map ? [...v.entries()] : is_plain_object(v) ? Object.entries(v) : null;
      if (entries === null) return Invalid;
      // Keys may come from the wire: a null-prototype object, so "__proto__" is an ordinary key.
      const out: Record<string, T> = Object.create(null);
      for (const [key, val] of entries) {
        if (typeof key !== "string") return Invalid;
        const r = k.coerce(val);
        if (r === Invalid) return Invalid;
        out[key] = r;
      }
      return out;
    },
    k.refs,
  );
}

/** A mapping with arbitrary keys, stored as a Map. */
export function MapKind<K, V>(kk: Kind<K>, vk: Kind<V>): Kind<Map<K, V>> {
  return kind(
    `Map(${kk.name}, ${vk.name})`,
    (v) => {
      const entries = v instanceof Map ? [...v.entries()] : is_plain_object(v) ? Object.entries(v) : null;
      if (entries === null) return Invalid;
      const out = new Map<K, V>();
      for (const [key, val] of entries) {
        const rk = kk.coerce(key);
        const rv = vk.coerce(val);
        if (rk === Invalid || rv === Invalid) return Invalid;
        out.set(rk, rv);
      }
      return out;
    },
    kk.refs || vk.refs,
  );
}

/** Bokeh's Set(T): accepts a Set or an array; stored as a Set (serialised as a set rep). */
export function SetKind<T>(k: Kind<T>): Kind<Set<T>> {
  return kind(
    `Set(${k.name})`,
    (v) => {
      const items = v instanceof Set ? [...v] : Array.isArray(v) ? v : null;
      if (items === null) return Invalid;
      const out = new Set<T>();
      for (const item of items) {
        const r = k.coerce(item);
        if (r === Invalid) return Invalid;
        out.add(r);
      }
      return out;
    },
    k.refs,
  );
}

// ---- colors ---------------------------------------------------------------

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(0|1|0?\.\d+|1\.0*)\s*)?\)$/i;

export function is_color_string(v: string): boolean {
  if (HEX.test(v)) return true;
  const lower = v.toLowerCase();
  if (lower === "transparent" || Object.hasOwn(colornames, lower)) return true;
  const m = FUNC.exec(v);
  return m !== null && [m[1], m[2], m[3]].every((c) => globalThis.Number(c) <= 255);
}

function byte(x: unknown): boolean {
  return typeof x === "number" && globalThis.Number.isInteger(x) && x >= 0 && x <= 255;
}

export type ColorValue = string | number | [number, number, number] | [number, number, number, number];

/** CSS names, #rgb/#rgba/#rrggbb/#rrggbbaa, rgb()/rgba() strings, [r,g,b] / [r,g,b,a] tuples, RGBA uint32. */
export const Color: Kind<ColorValue> = kind("Color", (v) => {
  if (typeof v === "string") return is_color_string(v) ? v : Invalid;
  if (typeof v === "number") return globalThis.Number.isInteger(v) && v >= 0 && v <= 0xffffffff ? v : Invalid;
  if (Array.isArray(v)) {
    if (v.length === 3 && v.every(byte)) return v as [number, number, number];
    if (v.length === 4 && byte(v[0]) && byte(v[1]) && byte(v[2]) && typeof v[3] === "number" && v[3] >= 0 && v[3] <= 1)
      return v as [number, number, number, number];
  }
  return Invalid;
});

// ---- model references -------------------------------------------------------

export type ModelCtorLike<T extends Model> = abstract new (...args: never[]) => T;

/** A reference to a model of the given class (resolved lazily: classes refer to each other). */
export function Ref<T extends Model>(cls: () => ModelCtorLike<T>, name?: string): Kind<T> {
  return {
    get name() {
      return `Instance(${name ?? (cls() as unknown as { __name__?: string }).__name__ ?? "Model"})`;
    },
    coerce: (v) => (v instanceof cls() ? (v as T) : Invalid),
    refs: true,
  };
}

export { MapKind as Map, SetKind as Set };
