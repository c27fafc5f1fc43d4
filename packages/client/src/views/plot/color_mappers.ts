// LinearColorMapper, LogColorMapper, CategoricalColorMapper (bokehjs semantics).
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";

function min_max(values: ArrayLike<unknown>): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === "number" && isFinite(v)) { if (v < lo) lo = v; if (v > hi) hi = v; }
  }
  return [lo, hi];
}

/** Index into a palette of size n for value v in [low, high], as bokehjs LinearColorMapper. */
export function linear_index(v: number, low: number, high: number, n: number): number {
  if (v === high) return n - 1;
  const norm = (v - low) / (high - low);
  return Math.floor(norm * n);
}

export function map_colors(m: ModelSnap, values: ArrayLike<unknown>, _r: Resolver): unknown[] {
  const palette = attr<unknown[]>(m, "palette") ?? [];
  const nan_color = attr<unknown>(m, "nan_color");
  const n = palette.length;
  const out: unknown[] = new Array(values.length);
  if (m.type === "CategoricalColorMapper") {
    const factors = attr<unknown[]>(m, "factors") ?? [];
    const index = new Map<string, number>();
    factors.forEach((f, i) => index.set(Array.isArray(f) ? f.join("\u0000") : String(f), i));
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const k = index.get(Array.isArray(v) ? v.join("\u0000") : String(v));
      out[i] = k != null && k < n ? palette[k] : nan_color;
    }
    return out;
  }
  const log = m.type === "LogColorMapper";
  const [dmin, dmax] = min_max(values);
  let low = attr<number | null>(m, "low") ?? dmin;
  let high = attr<number | null>(m, "high") ?? dmax;
  const low_color = attr<unknown>(m, "low_color") ?? palette[0];
  const high_color = attr<unknown>(m, "high_color") ?? palette[n - 1];
  if (log) { low = Math.log(low); high = Math.log(high); }
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    if (typeof raw !== "number" || isNaN(raw)) { out[i] = nan_color; continue; }
    const v = log ? Math.log(raw) : raw;
    if (v < low) { out[i] = low_color; continue; }
    if (v > high) { out[i] = high_color; continue; }
    if (high === low) { out[i] = palette[n - 1]; continue; }
    out[i] = palette[Math.max(0, Math.min(n - 1, linear_index(v, low, high, n)))];
  }
  return out;
}

/** The color mapper types map_colors and image_indices apply. */
export function color_mapper_types(): string[] {
  return ["LinearColorMapper", "LogColorMapper", "CategoricalColorMapper", "WeightedStackColorMapper"];
}

/** RGBA (0-255) lookup table for images: palette colors pre-parsed by the caller. */
export function image_indices(m: ModelSnap, values: ArrayLike<number>, n_palette: number): { idx: Int32Array; low: number; high: number } {
  const log = m.type === "LogColorMapper";
  const [dmin, dmax] = min_max(values);
  let low = attr<number | null>(m, "low") ?? dmin;
  let high = attr<number | null>(m, "high") ?? dmax;
  const idx = new Int32Array(values.length);
  const l = log ? Math.log(low) : low, h = log ? Math.log(high) : high;
  for (let i = 0; i < values.length; i++) {
    const raw = values[i]!;
    if (isNaN(raw)) { idx[i] = -1; continue; }
    const v = log ? Math.log(raw) : raw;
    idx[i] = v <= l ? (v < l ? -2 : 0) : v >= h ? (v > h ? -3 : n_palette - 1) : Math.min(n_palette - 1, linear_index(v, l, h, n_palette));
  }
  return { idx, low, high };
}
