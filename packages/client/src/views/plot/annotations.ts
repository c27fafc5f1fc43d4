// Annotations drawn in plot coordinates: Title, BoxAnnotation, Span, Label, LabelSet, ColorBar;
// Band, Whisker, Arrow (annotations/data_annotations.ts) and ScaleBar (annotations/scale_bar.ts).
import { Container, Graphics, Sprite, Texture } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import type { Scale } from "./scale.ts";
import { parse_color } from "../../format/color.ts";
import { text_props, make_text, place_text, font_px } from "./text.ts";
import { resolve, source_data, data_length, spec_at, line_dash } from "./specs.ts";
import { stroke_polyline } from "./glyphs/dash.ts";
import { basic_ticks, format_basic, log_ticks } from "./ticks.ts";
import type { FrameRect, Measure } from "./axis.ts";
import { draw_data_annotation } from "./annotations/data_annotations.ts";
import { draw_scale_bar } from "./annotations/scale_bar.ts";

export interface AnnotationCtx {
  readonly r: Resolver;
  readonly frame: FrameRect;
  readonly canvas: { w: number; h: number };
  readonly xs: Scale;
  readonly ys: Scale;
  readonly resolution: number;
  readonly measure: Measure;
}

function fill_of(m: ModelSnap, prefix: string): { color: number; alpha: number } | null {
  const c = parse_color(attr(m, `${prefix}fill_color`));
  if (c == null) return null;
  const a = c.alpha * (attr<number>(m, `${prefix}fill_alpha`) ?? 1);
  return a > 0 ? { color: c.rgb, alpha: a } : null;
}

function line_of(m: ModelSnap, prefix: string): { color: number; alpha: number; width: number } | null {
  const c = parse_color(attr(m, `${prefix}line_color`));
  if (c == null) return null;
  const a = c.alpha * (attr<number>(m, `${prefix}line_alpha`) ?? 1);
  const w = attr<number>(m, `${prefix}line_width`) ?? 1;
  return a > 0 && w > 0 ? { color: c.rgb, alpha: a, width: w } : null;
}

export function title_text(plot: ModelSnap, r: Resolver): ModelSnap | null {
  const t = attr<unknown>(plot, "title");
  if (typeof t === "string") return t === "" ? null : { id: `${plot.id}-title`, type: "Title", attrs: { text: t } };
  return r.deref(t);
}

export function title_size(title: ModelSnap): number {
  const text = attr<string>(title, "text");
  if (!text) return 0;
  return Math.ceil(font_px(attr(title, "text_font_size")) * 1.2 + attr<number>(title, "standoff") + attr<number>(title, "offset"));
}

/** Draw a Title in the panel above the frame (or below/left/right). */
export function draw_title(c: Container, title: ModelSnap, side: string, frame: FrameRect, offset: number, resolution: number): void {
  const text = attr<string>(title, "text");
  if (!text) return;
  const p = text_props(title, "");
  const align = attr<string>(title, "align");
  const standoff = attr<number>(title, "standoff");
  const t = make_text(text, p, resolution);
  if (side === "above" || side === "below") {
    const x = align === "center" ? frame.x + frame.w / 2 : align === "right" ? frame.x + frame.w : frame.x;
    const y = side === "above" ? frame.y - offset - standoff / 2 : frame.y + frame.h + offset + standoff / 2;
    place_text(t, x + (align === "left" ? attr<number>(title, "offset") : 0), y, align, side === "above" ? "bottom" : "top");
  } else {
    const y = align === "center" ? frame.y + frame.h / 2 : align === "right" ? frame.y : frame.y + frame.h;
    const x = side === "left" ? frame.x - offset - standoff / 2 : frame.x + frame.w + offset + standoff / 2;
    place_text(t, x, y, align, "bottom", side === "left" ? Math.PI / 2 : -Math.PI / 2);
  }
  c.addChild(t);
}

function draw_box(g: Graphics, m: ModelSnap, a: AnnotationCtx): void {
  const { frame, xs, ys } = a;
  const v = (name: string) => attr<number | null>(m, name);
  const l = v("left"), r = v("right"), t = v("top"), b = v("bottom");
  const x0 = l == null ? frame.x : xs.compute(l), x1 = r == null ? frame.x + frame.w : xs.compute(r);
  const y0 = t == null ? frame.y : ys.compute(t), y1 = b == null ? frame.y + frame.h : ys.compute(b);
  g.rect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
  const f = fill_of(m, ""), ln = line_of(m, "");
  if (f != null) g.fill(f);
  if (ln != null) g.stroke(ln);
}

function draw_span(g: Graphics, m: ModelSnap, a: AnnotationCtx): void {
  const loc = attr<number | null>(m, "location");
  const ln = line_of(m, "");
  if (loc == null || ln == null) return;
  const { frame } = a;
  const pts = attr<string>(m, "dimension") === "width"
    ? (() => { const y = Math.round(a.ys.compute(loc)) + 0.5; return [frame.x, y, frame.x + frame.w, y]; })()
    : (() => { const x = Math.round(a.xs.compute(loc)) + 0.5; return [x, frame.y, x, frame.y + frame.h]; })();
  stroke_polyline(g, pts, ln, line_dash(attr(m, "line_dash")));
}

function draw_label(c: Container, m: ModelSnap, a: AnnotationCtx): void {
  const text = attr<string>(m, "text");
  if (!text) return;
  const x = attr<number>(m, "x"), y = attr<number>(m, "y");
  const sx = attr<string>(m, "x_units") === "screen" ? a.frame.x + x : a.xs.compute(x);
  const sy = attr<string>(m, "y_units") === "screen" ? a.frame.y + a.frame.h - y : a.ys.compute(y);
  const p = text_props(m, "");
  const t = make_text(text, p, a.resolution);
  place_text(t, sx + attr<number>(m, "x_offset"), sy - attr<number>(m, "y_offset"), p.align, p.baseline, attr<number>(m, "angle"));
  const bg = fill_of(m, "background_"), border = line_of(m, "border_");
  if (bg != null || border != null) {
    const g = new Graphics();
    const b = t.getBounds();
    g.rect(b.x - 2, b.y - 2, b.width + 4, b.height + 4);
    if (bg != null) g.fill(bg);
    if (border != null) g.stroke(border);
    c.addChild(g);
  }
  c.addChild(t);
}

function draw_label_set(c: Container, m: ModelSnap, a: AnnotationCtx): void {
  const src = a.r.ref(m, "source");
  const data = source_data(src);
  const n = data_length(data);
  const sx = resolve(m, "x", data, a.r, true), sy = resolve(m, "y", data, a.r, true), st = resolve(m, "text", data, a.r, true);
  const p = text_props(m, "");
  for (let i = 0; i < n; i++) {
    const txt = spec_at(st, i);
    if (txt == null) continue;
    const t = make_text(String(txt), p, a.resolution);
    place_text(t, a.xs.compute(spec_at(sx, i)) + attr<number>(m, "x_offset"), a.ys.compute(spec_at(sy, i)) - attr<number>(m, "y_offset"), p.align, p.baseline, attr<number>(m, "angle"));
    c.addChild(t);
  }
}

interface BarGeometry { vertical: boolean; bw: number; bh: number; ticks: number[]; labels: string[]; low: number; high: number; log: boolean; label_w: number; label_h: number }

function color_bar_geometry(m: ModelSnap, mapper: ModelSnap, frame: FrameRect, measure: Measure, side: string | null): BarGeometry {
  const o = attr<string>(m, "orientation");
  const vertical = o === "auto" ? side !== "above" && side !== "below" : o !== "horizontal";
  const padding = attr<number>(m, "padding");
  const wv = attr<unknown>(m, "width"), hv = attr<unknown>(m, "height");
  const bw = typeof wv === "number" ? wv : vertical ? 25 : side != null ? frame.w - 2 * padding : frame.w * 0.6;
  const bh = typeof hv === "number" ? hv : vertical ? (side != null ? frame.h - 2 * padding : frame.h * 0.6) : 25;
  const low = attr<number | null>(mapper, "low") ?? 0, high = attr<number | null>(mapper, "high") ?? 1;
  const log = mapper.type === "LogColorMapper";
  const ticks = (log ? log_ticks(low, high) : basic_ticks(low, high)).major;
  const labels = format_basic(ticks);
  const tp = text_props(m, "major_label_");
  const label_w = Math.max(0, ...labels.map((l) => measure(l, tp).width));
  const label_h = measure("0", tp).height;
  return { vertical, bw, bh, ticks, labels, low, high, log, label_w, label_h };
}

/** Size a ColorBar needs in a side panel (perpendicular to the frame edge). */
export function color_bar_size(m: ModelSnap, r: Resolver, frame: FrameRect, measure: Measure, side: string): number {
  const mapper = r.ref(m, "color_mapper");
  if (mapper == null) return 0;
  const g = color_bar_geometry(m, mapper, frame, measure, side);
  const padding = attr<number>(m, "padding"), standoff = attr<number>(m, "label_standoff");
  return Math.ceil(g.vertical ? g.bw + standoff + g.label_w + 2 * padding : g.bh + standoff + g.label_h + 2 * padding);
}

export interface PanelPlace { side: string; offset: number }

function draw_color_bar(c: Container, m: ModelSnap, a: AnnotationCtx, place: PanelPlace | null): void {
  const mapper = a.r.ref(m, "color_mapper");
  if (mapper == null) return;
  const palette = (attr<unknown[]>(mapper, "palette") ?? []).map((p) => parse_color(p) ?? { rgb: 0, alpha: 0 });
  if (palette.length === 0) return;
  const { vertical, bw, bh, ticks, labels, low, high, log, label_w, label_h } = color_bar_geometry(m, mapper, a.frame, a.measure, place?.side ?? null);
  const padding = attr<number>(m, "padding"), margin = attr<number>(m, "margin");
  const standoff = attr<number>(m, "label_standoff");
  const tp = text_props(m, "major_label_");
  const tot_w = vertical ? bw + standoff + label_w + 2 * padding : bw + 2 * padding;
  const tot_h = vertical ? bh + 2 * padding : bh + standoff + label_h + 2 * padding;
  let x0 = a.frame.x + a.frame.w - tot_w - margin, y0 = a.frame.y + margin;
  const loc = attr<unknown>(m, "location");
  if (place != null) {
    const f = a.frame;
    if (place.side === "right") { x0 = f.x + f.w + place.offset; y0 = f.y; }
    else if (place.side === "left") { x0 = f.x - place.offset - tot_w; y0 = f.y; }
    else if (place.side === "above") { x0 = f.x; y0 = f.y - place.offset - tot_h; }
    else { x0 = f.x; y0 = f.y + f.h + place.offset; }
  } else if (Array.isArray(loc)) { x0 = a.frame.x + Number(loc[0]); y0 = a.frame.y + a.frame.h - Number(loc[1]) - tot_h; }
  else if (typeof loc === "string") {
    if (loc.includes("left")) x0 = a.frame.x + margin;
    if (loc.includes("bottom")) y0 = a.frame.y + a.frame.h - tot_h - margin;
    if (loc === "center" || loc === "center_left" || loc === "center_right") y0 = a.frame.y + (a.frame.h - tot_h) / 2;
  }
  const g = new Graphics();
  g.rect(x0, y0, tot_w, tot_h);
  const bg = fill_of(m, "background_");
  if (bg != null) g.fill(bg);
  c.addChild(g);
  const cv = document.createElement("canvas");
  cv.width = vertical ? 1 : palette.length; cv.height = vertical ? palette.length : 1;
  const ctx = cv.getContext("2d")!;
  palette.forEach((p, i) => {
    ctx.fillStyle = `rgba(${(p.rgb >> 16) & 255},${(p.rgb >> 8) & 255},${p.rgb & 255},${p.alpha})`;
    if (vertical) ctx.fillRect(0, palette.length - 1 - i, 1, 1); else ctx.fillRect(i, 0, 1, 1);
  });
  const tex = Texture.from(cv);
  tex.source.scaleMode = "nearest";
  const sp = new Sprite(tex);
  sp.position.set(x0 + padding, y0 + padding); sp.width = bw; sp.height = bh;
  c.addChild(sp);
  const tg = new Graphics();
  ticks.forEach((t, i) => {
    const f = log ? (Math.log10(t) - Math.log10(low)) / (Math.log10(high) - Math.log10(low)) : (t - low) / (high - low);
    const txt = make_text(labels[i]!, tp, a.resolution);
    if (vertical) {
      const y = Math.round(y0 + padding + bh * (1 - f)) + 0.5;
      tg.moveTo(x0 + padding + bw - 5, y).lineTo(x0 + padding + bw, y);
      place_text(txt, x0 + padding + bw + standoff, y, "left", "middle");
    } else {
      const x = Math.round(x0 + padding + bw * f) + 0.5;
      tg.moveTo(x, y0 + padding + bh - 5).lineTo(x, y0 + padding + bh);
      place_text(txt, x, y0 + padding + bh + standoff, "center", "top");
    }
    c.addChild(txt);
  });
  tg.stroke({ color: 0xffffff, width: 1 });
  c.addChild(tg);
}

type DrawAnnotation = (c: Container, m: ModelSnap, a: AnnotationCtx, place: PanelPlace | null) => void;

const ANNOTATIONS: ReadonlyMap<string, DrawAnnotation> = new Map<string, DrawAnnotation>([
  ["BoxAnnotation", (c, m, a) => { const g = new Graphics(); draw_box(g, m, a); c.addChild(g); }],
  ["Span", (c, m, a) => { const g = new Graphics(); draw_span(g, m, a); c.addChild(g); }],
  ["Label", (c, m, a) => draw_label(c, m, a)],
  ["LabelSet", (c, m, a) => draw_label_set(c, m, a)],
  ["ColorBar", (c, m, a, place) => draw_color_bar(c, m, a, place)],
  ["ScaleBar", (c, m, a) => draw_scale_bar(c, m, a)],
  ["Band", (c, m, a) => void draw_data_annotation(c, m, a)],
  ["Whisker", (c, m, a) => void draw_data_annotation(c, m, a)],
  ["Arrow", (c, m, a) => void draw_data_annotation(c, m, a)],
]);

/**
 * Models the annotations above hold and draw with them: arrow heads (arrow_heads.ts), ScaleBar's
 * dimensionals (dimensional.ts), and the frame Nodes a BoxAnnotation's default limits name (its box is clipped to the frame).
 */
const PART_TYPES = ["Node", "OpenHead", "NormalHead", "VeeHead", "TeeHead", "MetricLength", "ReciprocalMetricLength", "Metric", "ReciprocalMetric"];;

/** Draw one annotation model (Legend is handled by legend.ts). */
export function draw_annotation(c: Container, m: ModelSnap, a: AnnotationCtx, place: PanelPlace | null = null): void {
  if (attr<boolean>(m, "visible") === false) return;
  ANNOTATIONS.get(m.type)?.(c, m, a, place);
}

/**
 * The annotation types draw_annotation draws, and the models every BoxAnnotation holds for its
 * edit handles (BokehJS draws those only when the box is `editable`).
 */
export function annotation_types(): string[] {
  return [...ANNOTATIONS.keys(), ...PART_TYPES, "BoxInteractionHandles", "AreaVisuals"];
}
