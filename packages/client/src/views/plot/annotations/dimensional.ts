// Dimensional models (MetricLength, ImperialLength, Angular, ...) as BokehJS's dimensional.ts computes
// a ScaleBar's length: the value the bar spans in the best unit, snapped to a preferred tick.
import { attr, type ModelSnap } from "../../../state/snapshot.ts";

const METRIC: ReadonlyArray<readonly [string, number]> = [
  ["Q", 1e30], ["R", 1e27], ["Y", 1e24], ["Z", 1e21], ["E", 1e18], ["P", 1e15], ["T", 1e12], ["G", 1e9], ["M", 1e6], ["k", 1e3],
  ["h", 1e2], ["", 1], ["d", 1e-1], ["c", 1e-2], ["m", 1e-3], ["µ", 1e-6], ["n", 1e-9], ["p", 1e-12], ["f", 1e-15], ["a", 1e-18],
  ["z", 1e-21], ["y", 1e-24], ["r", 1e-27], ["q", 1e-30],
];

export interface Basis { readonly name: string; readonly factor: number }

/** The model's units and their factors, sorted by factor, after include/exclude. */
export function basis_of(m: ModelSnap): Basis[] {
  let all: Basis[];
  const basis = attr<Record<string, readonly unknown[]> | null>(m, "basis");
  if (basis != null && typeof basis === "object") all = Object.entries(basis).map(([name, v]) => ({ name, factor: Number(v[0]) }));
  else {
    const base = attr<string>(m, "base_unit") ?? "m";
    const reciprocal = m.type.startsWith("Reciprocal");
    all = METRIC.map(([p, f]) => (reciprocal ? { name: `${p}${base}⁻1`, factor: 1 / f } : { name: `${p}${base}`, factor: f }));
  }
  const include = attr<string[] | null>(m, "include"), exclude = attr<string[]>(m, "exclude") ?? [];
  return all.filter(({ name }) => (include == null || include.includes(name)) && !exclude.includes(name)).sort((a, b) => a.factor - b.factor);
}

export interface Measured { value: number; unit: string; scale: number; exact: boolean }

/** `value` (in `unit`) re-expressed in the largest unit not above it, snapped up to a preferred tick unless exact. */
export function compute_dimensional(basis: readonly Basis[], ticks: readonly number[], value: number, unit: string, exact_sizing: boolean): Measured {
  const found = basis.find((b) => b.name === unit) ?? { name: unit, factor: 1 };
  const in_unit = value * found.factor;
  let idx = 0;
  while (idx < basis.length && basis[idx]!.factor <= in_unit) idx++;
  const [new_unit, new_value] = idx > 0 ? [basis[idx - 1]!.name, in_unit / basis[idx - 1]!.factor] : [unit, in_unit];
  const exact = exact_sizing || ticks.length === 0;
  let preferred = new_value;
  if (!exact) {
    let t = 0;
    while (t < ticks.length && ticks[t]! <= new_value) t++;
    preferred = ticks[Math.min(t, ticks.length - 1)]!;
  }
  const raw = preferred * (in_unit / new_value);
  return { value: preferred, unit: new_unit, scale: raw / value / found.factor, exact };
}
