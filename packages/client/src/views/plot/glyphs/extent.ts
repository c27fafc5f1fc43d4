// A glyph's data extent per dimension, for DataRange1d auto-ranging. Each glyph declares it in the
// registry (registry.ts): attribute names, optionally with a width centred on them, or a function.
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import { resolve, data_length, type Data, type Spec } from "../specs.ts";

export interface Extent { min: number; max: number }

/** [coordinate attribute, attribute of a full width centred on it?] */
export type ExtentAttr = readonly [name: string, width?: string];
/** The attributes bounding a glyph along x and along y. */
export type ExtentSpec = readonly [x: readonly ExtentAttr[], y: readonly ExtentAttr[]];
export type ExtentFn = (glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1) => Extent;

export const XY: ExtentSpec = [[["x"]], [["y"]]];

export const empty_extent = (): Extent => ({ min: Infinity, max: -Infinity });

export function extend(e: Extent, v: unknown, pad = 0): void {
  if (typeof v === "number" && isFinite(v)) {
    if (v - pad < e.min) e.min = v - pad;
    if (v + pad > e.max) e.max = v + pad;
  } else if (Array.isArray(v) || ArrayBuffer.isView(v)) {
    const a = v as ArrayLike<unknown>;
    for (let i = 0; i < a.length; i++) extend(e, a[i], pad);
  }
}

/** Extend by a spec's values, each padded by half of `width` (a spec too). */
export function extend_spec(e: Extent, s: Spec, n: number, width?: Spec): void {
  if (s.kind === "value" && width == null) { extend(e, s.value); return; }
  for (let i = 0; i < n; i++) {
    const v = s.kind === "field" ? (s.values as ArrayLike<unknown>)[i] : s.value;
    const h = width == null ? 0 : width.kind === "field" ? (width.values as ArrayLike<number>)[i]! / 2 : typeof width.value === "number" ? width.value / 2 : 0;
    extend(e, v, isFinite(h) ? Math.abs(h) : 0);
  }
}

export function spec_extent(spec: ExtentSpec, glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const e = empty_extent();
  const n = data_length(data);
  for (const [name, width] of spec[dim]) {
    extend_spec(e, resolve(glyph, name, data, r, true), n, width != null ? resolve(glyph, width, data, r) : undefined);
  }
  return e;
}
