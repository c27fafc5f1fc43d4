// Scales map data coordinates to screen pixels. Every scale here is an affine map applied
// after an optional "pre-transform" (log10 for LogScale, factor -> synthetic coordinate for
// CategoricalScale), so the GPU can hold pre-transformed data and pan/zoom via two numbers.
import { FactorMap, type Factor } from "./factors.ts";

export type ScaleKind = "linear" | "log" | "categorical";

export interface Scale {
  readonly kind: ScaleKind;
  /** screen = a * pre(x) + b */
  readonly a: number;
  readonly b: number;
  /** screen interval the range maps onto */
  readonly s0: number;
  readonly s1: number;
  pre(x: unknown): number;
  compute(x: unknown): number;
  invert(sx: number): number;
  /** Inverse of the pre-transform (screen -> data via invert). */
  post(v: number): number;
}

/** Affine coefficients mapping [start, end] onto [s0, s1]. */
export function affine(start: number, end: number, s0: number, s1: number): [number, number] {
  const span = end - start;
  const a = span === 0 ? 0 : (s1 - s0) / span;
  return [a, s0 - a * start];
}

export class LinearScale implements Scale {
  readonly kind: ScaleKind = "linear";
  readonly a: number;
  readonly b: number;
  constructor(readonly start: number, readonly end: number, readonly s0: number, readonly s1: number) {
    [this.a, this.b] = affine(start, end, s0, s1);
  }
  pre(x: unknown): number { return typeof x === "number" ? x : Number(x); }
  post(v: number): number { return v; }
  compute(x: unknown): number { return this.a * this.pre(x) + this.b; }
  invert(sx: number): number { return this.post((sx - this.b) / this.a); }
}

export class LogScale implements Scale {
  readonly kind: ScaleKind = "log";
  readonly a: number;
  readonly b: number;
  constructor(readonly start: number, readonly end: number, readonly s0: number, readonly s1: number) {
    const ls = Math.log10(start > 0 ? start : 1e-300), le = Math.log10(end > 0 ? end : 1e-300);
    [this.a, this.b] = affine(ls, le, s0, s1);
  }
  pre(x: unknown): number {
    const v = typeof x === "number" ? x : Number(x);
    return v > 0 ? Math.log10(v) : NaN;
  }
  post(v: number): number { return 10 ** v; }
  compute(x: unknown): number { return this.a * this.pre(x) + this.b; }
  invert(sx: number): number { return this.post((sx - this.b) / this.a); }
}

export class CategoricalScale implements Scale {
  readonly kind: ScaleKind = "categorical";
  readonly a: number;
  readonly b: number;
  constructor(readonly factors: FactorMap, readonly start: number, readonly end: number, readonly s0: number, readonly s1: number) {
    [this.a, this.b] = affine(start, end, s0, s1);
  }
  pre(x: unknown): number { return typeof x === "number" ? x : this.factors.synthetic(x as Factor); }
  post(v: number): number { return v; }
  compute(x: unknown): number { return this.a * this.pre(x) + this.b; }
  invert(sx: number): number { return (sx - this.b) / this.a; }
}

export function make_scale(kind: ScaleKind, start: number, end: number, s0: number, s1: number, factors?: FactorMap): Scale {
  if (kind === "log") return new LogScale(start, end, s0, s1);
  if (kind === "categorical" && factors != null) return new CategoricalScale(factors, start, end, s0, s1);
  return new LinearScale(start, end, s0, s1);
}

/** Pre-transform a whole column relative to an origin (keeps float32 precision for e.g. epoch ms). */
export function pre_column(scale: Scale, values: ArrayLike<unknown>, origin: number, out: Float32Array, offset = 0): void {
  const n = values.length;
  if (scale.kind === "linear") {
    for (let i = 0; i < n; i++) out[offset + i] = (values[i] as number) - origin;
  } else {
    for (let i = 0; i < n; i++) out[offset + i] = scale.pre(values[i]) - origin;
  }
}

/**
 * What pre-transformed (GPU) glyph coordinates depend on besides the data: the scale kinds and
 * categorical factors. Views holding such coordinates reload when it changes.
 */
export class CoordsKey {
  private kinds = "";
  private fx: unknown = null;
  private fy: unknown = null;

  /** Remember these scales; true when they map data differently from the last ones. */
  note(xs: Scale, ys: Scale): boolean {
    const kinds = `${xs.kind}/${ys.kind}`;
    const fx = xs instanceof CategoricalScale ? xs.factors : null, fy = ys instanceof CategoricalScale ? ys.factors : null;
    const changed = kinds !== this.kinds || fx !== this.fx || fy !== this.fy;
    this.kinds = kinds; this.fx = fx; this.fy = fy;
    return changed;
  }
}
