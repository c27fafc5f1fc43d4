// Data specs: {field, transform?} | {value, transform?} | bare value, resolved against a
// ColumnDataSource's columns. Transforms that are color mappers turn numbers/factors into colors.
import { attr, is_plain_object, is_ref, source_data, data_length, type Column, type Data, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
export { source_data, data_length, type Data };
import { map_colors } from "./color_mappers.ts";
import { custom_transform } from "./user_code.ts";
import { parse_color } from "../../format/color.ts";

export type Spec =
  | { readonly kind: "field"; readonly values: Column }
  | { readonly kind: "value"; readonly value: unknown };


export function raw_spec(model: ModelSnap, name: string): unknown {
  return attr<unknown>(model, name);
}

/** Resolve a spec attribute. Strings on a field-default attribute are treated as field names. */
export function resolve(model: ModelSnap, name: string, data: Data, r: Resolver, field_default = false): Spec {
  const raw = attr<unknown>(model, name);
  let spec: Spec;
  let transform: ModelSnap | null = null;
  if (is_plain_object(raw) && !is_ref(raw) && ("field" in raw || "value" in raw || "expr" in raw)) {
    transform = r.deref(raw["transform"]);
    if (typeof raw["field"] === "string") spec = { kind: "field", values: data[raw["field"]] ?? [] };
    else if (is_ref(raw["expr"])) spec = { kind: "field", values: evaluate(r.deref(raw["expr"]), data) };
    else spec = { kind: "value", value: raw["value"] };
  } else if (typeof raw === "string" && field_default && raw in data) {
    spec = { kind: "field", values: data[raw]! };
  } else {
    spec = { kind: "value", value: raw };
  }
  if (transform != null) spec = apply_transform(transform, spec, r);
  return spec;
}

/** Expressions (bokeh.transform's stack, cumsum) over a source's columns. */
function evaluate(expr: ModelSnap | null, data: Data): Column {
  const n = data_length(data);
  if (expr?.type === "Stack") {
    const out = new Float64Array(n);
    for (const f of attr<string[]>(expr, "fields") ?? []) {
      const col = data[f] as ArrayLike<number> | undefined;
      if (col !== undefined) for (let i = 0; i < n; i++) out[i]! += Number(col[i]);
    }
    return out;
  }
  if (expr?.type === "CumSum") {
    const col = (data[attr<string>(expr, "field") ?? ""] ?? []) as ArrayLike<number>;
    const zero = attr<boolean>(expr, "include_zero") === true;
    const out = new Float64Array(zero ? n + 1 : n);
    let acc = 0;
    if (zero) out[0] = 0;
    for (let i = 0; i < n; i++) { acc += Number(col[i]); out[zero ? i + 1 : i] = acc; }
    return out;
  }
  return new Float64Array(n).fill(NaN);
}

function apply_transform(t: ModelSnap, spec: Spec, r: Resolver): Spec {
  if (t.type.endsWith("ColorMapper")) {
    const values = spec.kind === "field" ? spec.values : [spec.value];
    const colors = map_colors(t, values, r);
    return spec.kind === "field" ? { kind: "field", values: colors } : { kind: "value", value: colors[0] };
  }
  if (t.type === "CustomJSTransform") {
    if (spec.kind === "field") return { kind: "field", values: custom_transform(t, spec.values, r) as Column };
    return { kind: "value", value: custom_transform(t, [spec.value], r)[0] };
  }
  if (t.type === "Dodge" || t.type === "Jitter") {
    const off = attr<number>(t, "value") ?? 0;
    if (t.type === "Jitter") {
      const w = attr<number>(t, "width") ?? 1, mean = attr<number>(t, "mean") ?? 0;
      const normal = attr<string>(t, "distribution") === "normal";
      // offsets depend on the row only, so a point keeps its place across redraws and streams (BokehJS keeps its previous offsets)
      const offset = (i: number): number => mean + (normal ? w * Math.sqrt(-2 * Math.log(unit(i, 1) || 1e-12)) * Math.cos(2 * Math.PI * unit(i, 2)) : (unit(i, 0) - 0.5) * w);
      if (spec.kind === "field") return { kind: "field", values: Array.from(spec.values as ArrayLike<unknown>, (v, i) => (typeof v === "number" ? v + offset(i) : [v, offset(i)])) };
      return spec;
    }
    if (spec.kind === "field") return { kind: "field", values: Array.from(spec.values as ArrayLike<unknown>, (v) => (typeof v === "number" ? v + off : [v, off])) };
    return { kind: "value", value: typeof spec.value === "number" ? spec.value + off : [spec.value, off] };
  }
  return spec;
}

/** The expression and transform types resolve() evaluates (color mappers: color_mappers.ts). */
export function transform_types(): string[] {
  return ["Stack", "CumSum", "Dodge", "Jitter", "CustomJSTransform"];
}

/** A stable pseudo-random number in [0, 1) for row i (and stream k): a 32-bit integer hash. */
function unit(i: number, k: number): number {
  let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k + 1, 0xc2b2ae35);
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d); h ^= h >>> 15; h = Math.imul(h, 0x846ca68b); h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

export function spec_at(spec: Spec, i: number): unknown {
  return spec.kind === "field" ? (spec.values as ArrayLike<unknown>)[i] : spec.value;
}

/** Numeric column of length n (a value spec is broadcast). */
export function numbers(spec: Spec, n: number): ArrayLike<number> {
  if (spec.kind === "field") return spec.values as ArrayLike<number>;
  const v = typeof spec.value === "number" ? spec.value : NaN;
  return new Float64Array(n).fill(v);
}

export function scalar_number(spec: Spec, i: number, fallback = NaN): number {
  const v = spec_at(spec, i);
  return typeof v === "number" ? v : fallback;
}

/** Per-item RGBA colors for a color spec combined with an alpha spec. */
export interface Colors {
  readonly n: number;
  readonly rgb: Uint32Array;
  readonly alpha: Float32Array;
  /** true when every item is fully transparent or "none" */
  readonly none: boolean;
}

export function resolve_colors(model: ModelSnap, prefix: string, data: Data, n: number, r: Resolver, alpha_mul = 1): Colors {
  const cspec = resolve(model, `${prefix}color`, data, r);
  const aspec = resolve(model, `${prefix}alpha`, data, r);
  const rgb = new Uint32Array(n);
  const alpha = new Float32Array(n);
  let none = true;
  const fill = (i: number, c: unknown, a: number) => {
    const p = parse_color(c);
    if (p == null) { alpha[i] = 0; return; }
    rgb[i] = p.rgb;
    alpha[i] = p.alpha * a * alpha_mul;
    if (alpha[i]! > 0) none = false;
  };
  if (cspec.kind === "value" && aspec.kind === "value") {
    const p = parse_color(cspec.value);
    const a = typeof aspec.value === "number" ? aspec.value : 1;
    if (p != null) { rgb.fill(p.rgb); alpha.fill(p.alpha * a * alpha_mul); none = !(p.alpha * a * alpha_mul > 0); }
    return { n, rgb, alpha, none };
  }
  for (let i = 0; i < n; i++) {
    const a = spec_at(aspec, i);
    fill(i, spec_at(cspec, i), typeof a === "number" ? a : 1);
  }
  return { n, rgb, alpha, none };
}

export function line_dash(v: unknown): number[] {
  if (Array.isArray(v)) return v.filter((x): x is number => typeof x === "number");
  switch (v) {
    case "dashed": return [6];
    case "dotted": return [2, 4];
    case "dotdash": return [2, 4, 6, 4];
    case "dashdot": return [6, 4, 2, 4];
    case "solid": case null: case undefined: case "": return [];
    default:
      if (typeof v === "string") return v.trim().split(/\s+/).map(Number).filter((x) => !isNaN(x));
      return [];
  }
}
