// Everything about a plot that is derived from its snapshot plus interactive range overrides:
// resolved ranges, scales, axis ticks and sizes, and the layout of frame and panels.
import { attr, is_a, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import { resolve_range, type ResolvedRange } from "./ranges.ts";
import { make_scale, type Scale, type ScaleKind } from "./scale.ts";
import { axis_ticks, axis_size, type AxisTicks, type Measure, type Side } from "./axis.ts";
import { plot_layout, type Panels, type PlotLayout } from "./layout.ts";
import { title_text, title_size, color_bar_size } from "./annotations.ts";

export interface AxisState { model: ModelSnap; side: Side; ticks: AxisTicks; size: number; offset: number; dim: 0 | 1; range_name: string }

export interface PlotState {
  readonly layout: PlotLayout;
  readonly x_ranges: Map<string, { model: ModelSnap | null; range: ResolvedRange }>;
  readonly y_ranges: Map<string, { model: ModelSnap | null; range: ResolvedRange }>;
  readonly x_scales: Map<string, Scale>;
  readonly y_scales: Map<string, Scale>;
  readonly axes: AxisState[];
  readonly title: { model: ModelSnap; side: Side; offset: number } | null;
  readonly renderers: ModelSnap[];
  /** ColorBars placed in side panels, outside the axes. */
  readonly panel_annotations: Array<{ model: ModelSnap; side: Side; offset: number }>;
  /** The side panels' sizes this plot needs (axes, title, colour bars), before any grid alignment. */
  readonly panels: Panels;
}

export type Overrides = ReadonlyMap<string, { start: number; end: number }>;

function scale_kind(scale: ModelSnap | null, range: ModelSnap | null, axes: ModelSnap[]): ScaleKind {
  if (scale?.type === "LogScale") return "log";
  if (scale?.type === "CategoricalScale" || range?.type === "FactorRange") return "categorical";
  if (scale == null && axes.some((a) => a.type === "LogAxis")) return "log";
  return "linear";
}

/** The scale types scale_kind maps. */
export function scale_types(): string[] {
  return ["LinearScale", "LogScale", "CategoricalScale"];
}

export function plot_renderers(plot: ModelSnap, r: Resolver): ModelSnap[] {
  // a GraphRenderer draws its edge then its node GlyphRenderer (graph.ts gives them coordinates)
  return r.refs(plot, "renderers").flatMap((m) => m.type === "GlyphRenderer" ? [m]
    : m.type === "GraphRenderer" && attr<boolean>(m, "visible") !== false ? [r.ref(m, "edge_renderer"), r.ref(m, "node_renderer")].filter((x): x is ModelSnap => x?.type === "GlyphRenderer") : []);
}

export function compute_plot_state(plot: ModelSnap, r: Resolver, overrides: Overrides, measure: Measure, size?: { w: number; h: number }, align?: Partial<Panels>): PlotState {
  const renderers = plot_renderers(plot, r);
  const sides: Side[] = ["below", "above", "left", "right"];
  const side_models = new Map(sides.map((s) => [s, r.refs(plot, s)] as const));
  const all_axes = sides.flatMap((s) => side_models.get(s)!.filter((m) => is_a(m, "Axis")));
  const x_axes = all_axes.filter((a) => side_models.get("below")!.includes(a) || side_models.get("above")!.includes(a));
  const y_axes = all_axes.filter((a) => !x_axes.includes(a));

  const resolve_dim = (dim: 0 | 1) => {
    const main = r.ref(plot, dim === 0 ? "x_range" : "y_range");
    const extra = attr<Record<string, unknown>>(plot, dim === 0 ? "extra_x_ranges" : "extra_y_ranges") ?? {};
    const scale = r.ref(plot, dim === 0 ? "x_scale" : "y_scale");
    const axes = dim === 0 ? x_axes : y_axes;
    const out = new Map<string, { model: ModelSnap | null; range: ResolvedRange; kind: ScaleKind }>();
    const entries: Array<[string, ModelSnap | null]> = [["default", main], ...Object.entries(extra).map(([k, v]) => [k, r.deref(v)] as [string, ModelSnap | null])];
    for (const [name, model] of entries) {
      const kind = scale_kind(name === "default" ? scale : null, model, axes);
      let range = resolve_range(model, renderers.filter((g) => attr<string>(g, dim === 0 ? "x_range_name" : "y_range_name") === name), dim, r, kind === "log");
      const o = model != null ? overrides.get(model.id) : undefined;
      if (o != null) range = { ...range, start: o.start, end: o.end };
      out.set(name, { model, range, kind });
    }
    return out;
  };
  const xr = resolve_dim(0), yr = resolve_dim(1);

  const axes: AxisState[] = [];
  const panels = { left: 0, right: 0, above: 0, below: 0 };
  for (const side of sides) {
    for (const m of side_models.get(side)!) {
      if (!is_a(m, "Axis")) continue;
      const dim: 0 | 1 = side === "below" || side === "above" ? 0 : 1;
      const range_name = attr<string>(m, dim === 0 ? "x_range_name" : "y_range_name") ?? "default";
      const rr = (dim === 0 ? xr : yr).get(range_name) ?? (dim === 0 ? xr : yr).get("default")!;
      const ticks = axis_ticks(m, r, rr.range);
      const sz = axis_size(m, side, ticks, measure);
      axes.push({ model: m, side, ticks, size: sz, offset: panels[side], dim, range_name });
      panels[side] += sz;
    }
  }
  // side-panel ColorBars: size against a provisional frame (the plot size minus axes)
  const panel_annotations: PlotState["panel_annotations"] = [];
  const rough = { x: 0, y: 0, w: Math.max(1, (attr<number>(plot, "width") ?? 600) - panels.left - panels.right - 60), h: Math.max(1, (attr<number>(plot, "height") ?? 600) - panels.above - panels.below - 60) };
  for (const side of sides) {
    for (const m of side_models.get(side)!) {
      if (m.type !== "ColorBar") continue;
      panel_annotations.push({ model: m, side, offset: panels[side] });
      panels[side] += color_bar_size(m, r, rough, measure, side);
    }
  }
  let title: PlotState["title"] = null, title_row = 0;
  const tm = title_text(plot, r);
  const tloc = attr<Side | null>(plot, "title_location");
  if (tm != null && tloc != null) {
    title = { model: tm, side: tloc, offset: panels[tloc] };
    const ts = title_size(tm);
    panels[tloc] += ts;
    if (tloc === "above") title_row = ts;
  }
  const layout = plot_layout(plot, panels, size, title_row, align);
  const f = layout.frame;
  const x_scales = new Map<string, Scale>(), y_scales = new Map<string, Scale>();
  for (const [name, e] of xr) x_scales.set(name, make_scale(e.kind, e.range.start, e.range.end, f.x, f.x + f.w, e.range.factors));
  for (const [name, e] of yr) y_scales.set(name, make_scale(e.kind, e.range.start, e.range.end, f.y + f.h, f.y, e.range.factors));
  const strip = (m: Map<string, { model: ModelSnap | null; range: ResolvedRange; kind: ScaleKind }>) => new Map([...m].map(([k, v]) => [k, { model: v.model, range: v.range }]));
  return { layout, x_ranges: strip(xr), y_ranges: strip(yr), x_scales, y_scales, axes, title, renderers, panel_annotations, panels };
}
