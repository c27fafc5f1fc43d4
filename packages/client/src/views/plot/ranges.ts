// Range resolution: Range1d, DataRange1d auto-ranging over its renderers, FactorRange.
import { attr, is_a, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import { source_data } from "./specs.ts";
import { FactorMap, factor_bounds, type Factor } from "./factors.ts";
import { empty_extent } from "./glyphs/extent.ts";
import { glyph_extent } from "./glyphs/registry.ts";
export { glyph_extent };

export type { Extent } from "./glyphs/extent.ts";
export interface ResolvedRange {
  readonly start: number;
  readonly end: number;
  readonly factors?: FactorMap;
}

/** Compute [start, end] for a DataRange1d (bokehjs DataRange1d._compute_range). */
export function data_range(range: ModelSnap, min: number, max: number, log = false): [number, number] {
  const padding = attr<number>(range, "range_padding");
  const units = attr<string>(range, "range_padding_units");
  const default_span = attr<number>(range, "default_span");
  const min_interval = attr<number | null>(range, "min_interval") ?? 0;
  const max_interval = attr<number | null>(range, "max_interval") ?? Infinity;
  const clamp = (v: number) => Math.min(Math.max(v, min_interval), max_interval);
  let start: number, end: number;
  if (!isFinite(min) || !isFinite(max)) { min = 0; max = 1; }
  if (log) {
    if (min <= 0) min = max > 0 ? max / 100 : 0.1;
    if (max <= 0) max = min * 100;
    let center: number, span: number;
    if (max === min) { span = default_span + 0.001; center = Math.log10(min); }
    else {
      const lmin = Math.log10(units === "percent" ? min : min - padding), lmax = Math.log10(units === "percent" ? max : max + padding);
      span = units === "percent" ? (lmax - lmin) * (1 + padding) : lmax - lmin;
      center = (lmin + lmax) / 2;
    }
    span = clamp(span);
    start = 10 ** (center - span / 2); end = 10 ** (center + span / 2);
  } else {
    let span = max === min ? default_span : units === "percent" ? (max - min) * (1 + padding) : max - min + 2 * padding;
    span = clamp(span);
    const center = (max + min) / 2;
    start = center - span / 2; end = center + span / 2;
  }
  let sign = 1;
  if (attr<boolean>(range, "flipped")) { [start, end] = [end, start]; sign = -1; }
  const follow = attr<string | null>(range, "follow");
  const follow_interval = attr<number | null>(range, "follow_interval");
  if (follow_interval != null && Math.abs(start - end) > follow_interval) {
    if (follow === "start") end = start + sign * follow_interval;
    else if (follow === "end") start = end - sign * follow_interval;
  }
  const s0 = attr<number | null>(range, "start"), e0 = attr<number | null>(range, "end");
  if (s0 != null && (!log || s0 > 0)) start = s0;
  if (e0 != null) end = e0;
  return [start, end];
}

const factor_maps = new WeakMap<ModelSnap, FactorMap>();

/** The FactorMap of a FactorRange snapshot (cached per snapshot identity, so views can compare). */
export function factor_map(range: ModelSnap): FactorMap {
  let map = factor_maps.get(range);
  if (map === undefined) {
    map = new FactorMap(attr<Factor[]>(range, "factors") ?? [], {
      factor_padding: attr<number>(range, "factor_padding"),
      subgroup_padding: attr<number>(range, "subgroup_padding"),
      group_padding: attr<number>(range, "group_padding"),
    });
    factor_maps.set(range, map);
  }
  return map;
}

/**
 * Resolve a range model to numbers. `plot_renderers` are the plot's GlyphRenderers (used when
 * DataRange1d.renderers is "auto"); `dim` says whether this is an x (0) or y (1) range.
 */
export function resolve_range(range: ModelSnap | null, plot_renderers: readonly ModelSnap[], dim: 0 | 1, r: Resolver, log = false): ResolvedRange {
  if (range == null) return { start: 0, end: 1 };
  if (range.type === "FactorRange") {
    const map = factor_map(range);
    let [start, end] = factor_bounds(map, attr<number>(range, "range_padding"), attr<string>(range, "range_padding_units"));
    // start/end are computed from the factors (Bokeh: readonly, default 0). Snapshots carry
    // every attribute, so 0/0 means "not set"; anything else came from a tool moving the range.
    const s0 = attr<number | null>(range, "start"), e0 = attr<number | null>(range, "end");
    if (s0 != null && e0 != null && !(s0 === 0 && e0 === 0)) { start = s0; end = e0; }
    return { start, end, factors: map };
  }
  if (is_a(range, "DataRange")) {
    const listed = attr<unknown>(range, "renderers");
    const renderers = Array.isArray(listed) && listed.length > 0 ? r.refs(range, "renderers") : plot_renderers;
    const e = empty_extent();
    for (const rend of renderers) {
      if (rend.type !== "GlyphRenderer" || attr<boolean>(rend, "visible") === false && attr<boolean>(range, "only_visible")) continue;
      const glyph = r.ref(rend, "glyph");
      if (glyph == null) continue;
      const data = source_data(r.ref(rend, "data_source"));
      const ge = glyph_extent(glyph, data, r, dim);
      if (ge.min < e.min) e.min = ge.min;
      if (ge.max > e.max) e.max = ge.max;
    }
    const [start, end] = data_range(range, e.min, e.max, log);
    return { start, end };
  }
  return { start: attr<number>(range, "start"), end: attr<number>(range, "end") };
}

/** The range types resolve_range resolves. */
export function range_types(): string[] {
  return ["Range1d", "DataRange1d", "FactorRange"];
}
