// FactorRange: factor -> synthetic coordinate, following bokehjs models/ranges/factor_range.ts.
export type Factor = string | readonly [string, string] | readonly [string, string, string];

export interface FactorRangeOptions {
  factor_padding: number;
  subgroup_padding: number;
  group_padding: number;
}

export interface FactorLevel { readonly label: string; readonly center: number }

export class FactorMap {
  readonly mapping = new Map<string, number>();
  /** Top-level group labels (nested factors) with their centers. */
  readonly groups: FactorLevel[] = [];
  /** Middle-level labels for 3-level factors. */
  readonly subgroups: FactorLevel[] = [];
  readonly leaves: FactorLevel[] = [];
  readonly levels: number;
  readonly end: number;

  constructor(readonly factors: readonly Factor[], opts: FactorRangeOptions = { factor_padding: 0, subgroup_padding: 0.8, group_padding: 1.4 }) {
    const first = factors[0];
    this.levels = first === undefined || typeof first === "string" ? 1 : first.length;
    let pos = 0;
    let prev: readonly string[] | null = null;
    const group_start = new Map<string, number>();
    const sub_start = new Map<string, number>();
    for (const f of factors) {
      const parts = typeof f === "string" ? [f] : f;
      if (prev != null) {
        if (this.levels >= 2 && parts[0] !== prev[0]) pos += opts.group_padding;
        else if (this.levels === 3 && parts[1] !== prev[1]) pos += opts.subgroup_padding;
        else pos += opts.factor_padding;
      }
      const center = pos + 0.5;
      const key = parts.join("\u0000");
      this.mapping.set(key, center);
      this.leaves.push({ label: parts[parts.length - 1]!, center });
      if (this.levels >= 2) {
        const g = parts[0]!;
        if (!group_start.has(g)) group_start.set(g, pos);
        this.mapping.set(g, 0);
      }
      if (this.levels === 3) {
        const sg = parts[0]! + "\u0000" + parts[1]!;
        if (!sub_start.has(sg)) sub_start.set(sg, pos);
      }
      pos += 1;
      prev = parts;
      if (this.levels >= 2) this.group_end.set(parts[0]!, pos);
      if (this.levels === 3) this.sub_end.set(parts[0]! + "\u0000" + parts[1]!, pos);
    }
    this.end = pos;
    for (const [g, s] of group_start) {
      const c = (s + this.group_end.get(g)!) / 2;
      this.mapping.set(g, c);
      this.groups.push({ label: g, center: c });
    }
    for (const [sg, s] of sub_start) {
      const c = (s + this.sub_end.get(sg)!) / 2;
      this.mapping.set(sg, c);
      this.subgroups.push({ label: sg.split("\u0000")[1]!, center: c });
    }
  }
  private readonly group_end = new Map<string, number>();
  private readonly sub_end = new Map<string, number>();

  /** Synthetic coordinate; a trailing number in a tuple is an offset (Bokeh: ["a", 0.3]). */
  synthetic(x: Factor | readonly unknown[] | unknown): number {
    if (typeof x === "number") return x;
    if (typeof x === "string") return this.mapping.get(x) ?? NaN;
    if (Array.isArray(x)) {
      const last = x[x.length - 1];
      if (typeof last === "number") return this.synthetic(x.length === 2 ? x[0] : x.slice(0, -1)) + last;
      return this.mapping.get(x.join("\u0000")) ?? NaN;
    }
    return NaN;
  }
}

/** [start, end] of a FactorRange with its range_padding applied. */
export function factor_bounds(map: FactorMap, range_padding: number, units: string): [number, number] {
  const half = units === "percent" ? (map.end * range_padding) / 2 : range_padding;
  return [-half, map.end + half];
}
