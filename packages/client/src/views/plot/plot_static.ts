// The static (non-glyph) parts of a plot: fills, grids, axes, title, annotations, legend, outline.
import { CanvasTextMetrics, Container, Graphics, TextStyle } from "pixi.js";
import { attr, is_a, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import { parse_color } from "../../format/color.ts";
import { draw_axis, draw_grid, grid_ticks, type Measure } from "./axis.ts";
import { draw_annotation, draw_title } from "./annotations.ts";
import { draw_legend, type LegendHit } from "./legend.ts";
import type { PlotState } from "./plot_state.ts";
import type { GlyphView } from "./glyphs/base.ts";
import type { TextProps } from "./text.ts";
import { math_size, parse_math } from "./math_text.ts";

export interface Layers {
  readonly back: Graphics;
  readonly grids: Graphics;
  readonly glyphs: Container;
  readonly mask: Graphics;
  readonly annotations: Container;
  readonly front: Graphics;
  readonly axes: Container;
}

const measure_cache = new Map<string, { width: number; height: number }>();
export const measure_text: Measure = (text: string, p: TextProps) => {
  const math = parse_math(text);
  if (math != null) return math_size(math, p);
  const key = `${p.font}|${p.size}|${p.style}|${text}`;
  let m = measure_cache.get(key);
  if (m === undefined) {
    const style = new TextStyle({ fontFamily: p.font === "helvetica" ? "Helvetica, Arial, 'Liberation Sans', sans-serif" : p.font, fontSize: p.size, fontStyle: p.style.includes("italic") ? "italic" : "normal", fontWeight: p.style.includes("bold") ? "bold" : "normal" });
    const r = CanvasTextMetrics.measureText(text, style);
    m = { width: r.width, height: r.height };
    if (measure_cache.size > 5000) measure_cache.clear();
    measure_cache.set(key, m);
  }
  return m;
};

/** Returns where interactive legends put their items. */
export function draw_static(L: Layers, p: ModelSnap, r: Resolver, st: PlotState, views: ReadonlyMap<string, GlyphView>, res: number): LegendHit[] {
  const f = st.layout.frame;
  const legend_hits: LegendHit[] = [];
  const fill = (prefix: string) => { const c = parse_color(attr(p, `${prefix}fill_color`)); return c == null ? null : { color: c.rgb, alpha: c.alpha * (attr<number>(p, `${prefix}fill_alpha`) ?? 1) }; };
  L.back.clear();
  const border = fill("border_");
  if (border != null) L.back.rect(0, 0, st.layout.canvas.w, st.layout.canvas.h).fill(border);
  const bg = fill("background_");
  if (bg != null) L.back.rect(f.x, f.y, f.w, f.h).fill(bg);
  L.mask.clear().rect(f.x, f.y, f.w, f.h).fill(0xffffff);
  L.grids.clear();
  for (const m of r.refs(p, "center")) {
    if (m.type !== "Grid") continue;
    const dim = attr<number>(m, "dimension") === 0 ? 0 : 1;
    const axis = r.ref(m, "axis") ?? st.axes.find((a) => a.dim === dim)?.model;
    const as = st.axes.find((a) => a.model === axis) ?? st.axes.find((a) => a.dim === dim);
    if (as != null) {
      const scale = dim === 0 ? st.x_scales.get(as.range_name)! : st.y_scales.get(as.range_name)!;
      draw_grid(L.grids, m, scale, as.ticks, f);
      continue;
    }
    // no axis in this dimension (x_axis_location=None, axes removed): the grid keeps its own ticker
    const name = attr<string>(m, dim === 0 ? "x_range_name" : "y_range_name") ?? "default";
    const ranges = dim === 0 ? st.x_ranges : st.y_ranges, scales = dim === 0 ? st.x_scales : st.y_scales;
    const range = ranges.get(name) ?? ranges.get("default"), scale = scales.get(name) ?? scales.get("default");
    if (range != null && scale != null) draw_grid(L.grids, m, scale, grid_ticks(m, r, range.range), f);
  }
  for (const c of L.axes.removeChildren()) c.destroy({ children: true });
  for (const a of st.axes) {
    const c = new Container();
    draw_axis(c, a.model, a.side, a.dim === 0 ? st.x_scales.get(a.range_name)! : st.y_scales.get(a.range_name)!, a.ticks, f, a.offset, res, measure_text);
    L.axes.addChild(c);
  }
  if (st.title != null) draw_title(L.axes, st.title.model, st.title.side, f, st.title.offset, res);
  for (const c of L.annotations.removeChildren()) c.destroy({ children: true });
  const actx = { r, frame: f, canvas: st.layout.canvas, xs: st.x_scales.get("default")!, ys: st.y_scales.get("default")!, resolution: res, measure: measure_text };
  const in_panel = new Set(st.panel_annotations.map((a) => a.model));
  for (const a of st.panel_annotations) draw_annotation(L.annotations, a.model, actx, a);
  const annotations = ["center", "above", "below", "left", "right"].flatMap((s) => r.refs(p, s)).filter((m) => !is_a(m, "Axis") && m.type !== "Grid" && m.type !== "Title" && !in_panel.has(m));
  for (const m of annotations) {
    if (m.type === "Legend") legend_hits.push(...draw_legend(L.annotations, m, r, views, f, res, measure_text));
    else draw_annotation(L.annotations, m, actx);
  }
  L.front.clear();
  const oc = parse_color(attr(p, "outline_line_color"));
  if (oc != null) L.front.rect(f.x + 0.5, f.y + 0.5, f.w - 1, f.h - 1).stroke({ color: oc.rgb, alpha: oc.alpha * (attr<number>(p, "outline_line_alpha") ?? 1), width: attr<number>(p, "outline_line_width") ?? 1 });
  return legend_hits;
}

