// ScaleBar: a bar of a "nice" length (dimensional.ts) with its label and title in a box placed on
// the frame, laid out as BokehJS's scale_bar.ts does (a simplified grid: bar, then label/title
// panels on the sides they name).
import { Graphics, type Container } from "pixi.js";
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import { parse_color } from "../../../format/color.ts";
import { line_dash } from "../specs.ts";
import { text_props, make_text, place_text } from "../text.ts";
import { stroke_polyline } from "../glyphs/dash.ts";
import type { AnnotationCtx } from "../annotations.ts";
import { basis_of, compute_dimensional } from "./dimensional.ts";

/** Extent (px) of the bar's axis box across the bar: BokehJS's tickless LinearAxis takes no room beyond its rule. */
const AXIS_EXTENT = 0;

type Side = "above" | "below" | "left" | "right";

function line_style(m: ModelSnap, prefix: string): { color: number; alpha: number; width: number } | null {
  const c = parse_color(attr(m, `${prefix}line_color`));
  const w = attr<number>(m, `${prefix}line_width`) ?? 1;
  if (c == null || w <= 0) return null;
  const a = c.alpha * (attr<number>(m, `${prefix}line_alpha`) ?? 1);
  return a > 0 ? { color: c.rgb, alpha: a, width: w } : null;
}

/** The label's text: "@{value} @{unit}" placeholders filled in. */
export function scale_bar_label(template: string, value: number, unit: string, exact: boolean): string {
  return template.replace(/@\{(\w+)\}/g, (_, name: string) => (name === "value" ? (exact ? value.toFixed(2) : `${value}`) : name === "unit" ? unit : ""));
}

export function draw_scale_bar(c: Container, m: ModelSnap, a: AnnotationCtx): void {
  const { frame } = a;
  const horizontal = attr<string>(m, "orientation") !== "vertical";
  const span_px = horizontal ? frame.w : frame.h;
  const padding = attr<number>(m, "padding") ?? 10, margin = attr<number>(m, "margin") ?? 10;
  const sc = horizontal ? a.xs : a.ys;
  const range = a.r.ref(m, "range");
  const range_span = range != null
    ? Math.abs(Number(attr(range, "end")) - Number(attr(range, "start")))
    : Math.abs(sc.invert(sc.s1) - sc.invert(sc.s0));
  const bar_length = attr<number>(m, "bar_length") ?? 0.2;
  const fraction = (() => {
    switch (attr<string>(m, "bar_length_units")) {
      case "data": return Math.abs(sc.a * bar_length) / span_px;
      case "percent": return Math.min(1, Math.max(0, bar_length));
      default: return bar_length <= 1 ? bar_length : Math.min(1, bar_length / span_px);
    }
  })();
  const dim = a.r.ref(m, "dimensional");
  if (dim == null || !isFinite(range_span) || range_span <= 0) return;
  const measured = compute_dimensional(basis_of(dim), attr<number[]>(dim, "ticks") ?? [], range_span * fraction, attr<string>(m, "unit") ?? "m", attr<string>(m, "length_sizing") === "exact");
  const bar_px = Math.round(span_px * fraction * measured.scale);

  // the bar's axis box, then label and title panels stacked outward on their sides
  const axis_w = horizontal ? bar_px : AXIS_EXTENT, axis_h = horizontal ? AXIS_EXTENT : bar_px;
  const texts: Array<{ text: string; prefix: string; side: Side; standoff: number; align: string }> = [
    { text: scale_bar_label(attr<string>(m, "label") ?? "", measured.value, measured.unit, measured.exact), prefix: "label_", side: attr<Side>(m, "label_location") ?? "below", standoff: attr<number>(m, "label_standoff") ?? 5, align: attr<string>(m, "label_align") ?? "center" },
    { text: attr<string>(m, "title") ?? "", prefix: "title_", side: attr<Side>(m, "title_location") ?? "above", standoff: attr<number>(m, "title_standoff") ?? 5, align: attr<string>(m, "title_align") ?? "center" },
  ];
  const sized = texts.filter((t) => t.text !== "").map((t) => ({ ...t, props: text_props(m, t.prefix), size: a.measure(t.text, text_props(m, t.prefix)) }));
  const ext: Record<Side, number> = { above: 0, below: 0, left: 0, right: 0 };
  let cross_w = axis_w, cross_h = axis_h;
  for (const t of sized) {
    ext[t.side] += t.standoff + (t.side === "above" || t.side === "below" ? t.size.height : t.size.width);
    if (t.side === "above" || t.side === "below") cross_w = Math.max(cross_w, t.size.width); else cross_h = Math.max(cross_h, t.size.height);
  }
  const border = line_style(m, "border_");
  const bw = border?.width ?? 0;
  const content_w = ext.left + cross_w + ext.right, content_h = ext.above + cross_h + ext.below;
  const width = 2 * (bw + padding) + content_w, height = 2 * (bw + padding) + content_h;

  // position on the frame (inset by margin) and anchor
  const loc = attr<unknown>(m, "location") ?? "top_right";
  const norm: Record<string, string> = { top: "top_center", bottom: "bottom_center", left: "center_left", center: "center_center", right: "center_right" };
  const [vy, hx] = typeof loc === "string" ? (norm[loc] ?? loc).split("_") : [null, null];
  const inset = { l: frame.x + margin, r: frame.x + frame.w - margin, t: frame.y + margin, b: frame.y + frame.h - margin };
  const px = hx === "left" ? inset.l : hx === "center" ? (inset.l + inset.r) / 2 : hx === "right" ? inset.r : Array.isArray(loc) ? a.xs.compute(loc[0]) : inset.r;
  const py = vy === "top" ? inset.t : vy === "center" ? (inset.t + inset.b) / 2 : vy === "bottom" ? inset.b : Array.isArray(loc) ? a.ys.compute(loc[1]) : inset.t;
  const anchor_of = (v: string | null | undefined, lo: string, hi: string): number => (v === lo ? 0 : v === hi ? 1 : 0.5);
  const left = Math.round(px - anchor_of(hx, "left", "right") * width), top = Math.round(py - anchor_of(vy, "top", "bottom") * height);

  const g = new Graphics();
  g.rect(left, top, width, height);
  const bg = parse_color(attr(m, "background_fill_color"));
  const bg_alpha = (bg?.alpha ?? 0) * (attr<number>(m, "background_fill_alpha") ?? 1);
  if (bg != null && bg_alpha > 0) g.fill({ color: bg.rgb, alpha: bg_alpha });
  if (border != null) g.stroke({ ...border, alignment: 0.5 });
  const cx0 = left + bw + padding + ext.left, cy0 = top + bw + padding + ext.above;
  const ax = cx0 + (cross_w - axis_w) / 2, ay = cy0 + (cross_h - axis_h) / 2;
  const bar = line_style(m, "bar_");
  if (bar != null) {
    // the axis rule sits on the axis box's edge facing the frame side it would have as a panel (below / right)
    const pts = horizontal ? [ax, ay, ax + axis_w, ay] : [ax, ay, ax, ay + axis_h];
    stroke_polyline(g, pts, bar, line_dash(attr(m, "bar_line_dash")));
  }
  c.addChild(g);
  const off: Record<Side, number> = { above: 0, below: 0, left: 0, right: 0 };
  for (const t of sized) {
    const txt = make_text(t.text, t.props, a.resolution);
    const frac = t.align === "start" ? 0 : t.align === "end" ? 1 : 0.5;
    const h_align = t.align === "start" ? "left" : t.align === "end" ? "right" : "center";
    off[t.side] += t.standoff;
    switch (t.side) {
      case "above": place_text(txt, cx0 + cross_w * frac, cy0 - off.above, h_align, "bottom"); off.above += t.size.height; break;
      case "below": place_text(txt, cx0 + cross_w * frac, cy0 + cross_h + off.below, h_align, "top"); off.below += t.size.height; break;
      case "left": place_text(txt, cx0 - off.left, cy0 + cross_h / 2, "right", "middle"); off.left += t.size.width; break;
      case "right": place_text(txt, cx0 + cross_w + off.right, cy0 + cross_h / 2, "left", "middle"); off.right += t.size.width; break;
    }
    c.addChild(txt);
  }
}
