// Annotations over a data source: Band, Whisker and Arrow (BokehJS's DataAnnotations). Their
// coordinates may be in data, screen (frame-relative, y up) or canvas units.
import { Graphics, type Container } from "pixi.js";
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import { resolve, resolve_colors, source_data, data_length, spec_at, line_dash, type Colors, type Data, type Spec } from "../specs.ts";
import type { Scale } from "../scale.ts";
import type { FrameRect } from "../axis.ts";
import { stroke_polyline } from "../glyphs/dash.ts";
import { units_of } from "../glyphs/units.ts";
import { ArrowHeadPainter } from "./arrow_heads.ts";
import type { AnnotationCtx } from "../annotations.ts";

type Units = "data" | "screen" | "canvas";

/** Screen px of a coordinate along x (dim 0) or y (dim 1) in the given units. */
export function to_screen(v: unknown, units: Units, dim: 0 | 1, sc: Scale, frame: FrameRect): number {
  if (units === "data") return sc.compute(v);
  const n = Number(v);
  if (units === "canvas") return n;
  return dim === 0 ? frame.x + n : frame.y + frame.h - n;
}

/** Rows of a DataAnnotation's source: an empty source (value specs only) still draws one item, as in BokehJS. */
function rows(data: Data): number {
  return Object.keys(data).length === 0 ? 1 : data_length(data);
}

function coords(m: ModelSnap, name: string, data: Data, n: number, units: Units, dim: 0 | 1, a: AnnotationCtx): Float64Array {
  const s = resolve(m, name, data, a.r, true);
  const sc = dim === 0 ? a.xs : a.ys;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = to_screen(spec_at(s, i), units, dim, sc, a.frame);
  return out;
}

function line_at(c: Colors | null, width: Spec, i: number): { color: number; alpha: number; width: number } | null {
  if (c == null || !(c.alpha[i]! > 0)) return null;
  const w = Number(spec_at(width, i));
  return w > 0 ? { color: c.rgb[i]!, alpha: c.alpha[i]!, width: w } : null;
}

/** lower/upper/base of a Band or Whisker as screen [x, y] arrays of both edges. */
function upper_lower(m: ModelSnap, data: Data, n: number, a: AnnotationCtx): { lower: [Float64Array, Float64Array]; upper: [Float64Array, Float64Array] } {
  const height = attr<string>(m, "dimension") !== "width";
  const limit: 0 | 1 = height ? 1 : 0, base: 0 | 1 = height ? 0 : 1;
  const u = (name: string) => units_of(m, name, "data") as Units;
  const lo = coords(m, "lower", data, n, u("lower"), limit, a), up = coords(m, "upper", data, n, u("upper"), limit, a);
  const b = coords(m, "base", data, n, u("base"), base, a);
  return height ? { lower: [b, lo], upper: [b, up] } : { lower: [lo, b], upper: [up, b] };
}

function draw_band(g: Graphics, m: ModelSnap, a: AnnotationCtx): void {
  const data = source_data(a.r.ref(m, "source"));
  const n = rows(data);
  if (n === 0) return;
  const { lower: [lx, ly], upper: [ux, uy] } = upper_lower(m, data, n, a);
  // the body runs along the lower edge and back along the upper one, in data order (as BokehJS)
  const body: number[] = [];
  for (let i = 0; i < n; i++) body.push(lx[i]!, ly[i]!);
  for (let i = n - 1; i >= 0; i--) body.push(ux[i]!, uy[i]!);
  const fill = resolve_colors(m, "fill_", data, 1, a.r), line = resolve_colors(m, "line_", data, 1, a.r);
  if (fill.alpha[0]! > 0 && body.every(isFinite)) { g.poly(body, true); g.fill({ color: fill.rgb[0]!, alpha: fill.alpha[0]! }); }
  const l = line_at(line, resolve(m, "line_width", data, a.r), 0);
  if (l != null) {
    const dash = line_dash(attr(m, "line_dash"));
    for (const [xs, ys] of [[lx, ly], [ux, uy]] as const) {
      const pts: number[] = [];
      for (let i = 0; i < n; i++) pts.push(xs[i]!, ys[i]!);
      stroke_polyline(g, pts, l, dash);
    }
  }
}

function head_painter(m: ModelSnap, name: string, data: Data, n: number, a: AnnotationCtx): ArrowHeadPainter | null {
  const h = a.r.ref(m, name);
  return h == null ? null : new ArrowHeadPainter(h, data, n, a.r);
}

function draw_whisker(g: Graphics, m: ModelSnap, a: AnnotationCtx): void {
  const data = source_data(a.r.ref(m, "source"));
  const n = rows(data);
  if (n === 0) return;
  const { lower: [lx, ly], upper: [ux, uy] } = upper_lower(m, data, n, a);
  const line = resolve_colors(m, "line_", data, n, a.r), width = resolve(m, "line_width", data, a.r);
  const dash = line_dash(attr(m, "line_dash"));
  for (let i = 0; i < n; i++) {
    const l = line_at(line, width, i);
    if (l != null) stroke_polyline(g, [lx[i]!, ly[i]!, ux[i]!, uy[i]!], l, dash);
  }
  // heads point away from the body: up (or right, for dimension "width") at the upper end
  const angle = attr<string>(m, "dimension") === "width" ? Math.PI / 2 : 0;
  const lower = head_painter(m, "lower_head", data, n, a), upper = head_painter(m, "upper_head", data, n, a);
  for (let i = 0; i < n; i++) {
    lower?.paint(g, i, lx[i]!, ly[i]!, angle + Math.PI);
    upper?.paint(g, i, ux[i]!, uy[i]!, angle);
  }
}

function draw_arrow(g: Graphics, m: ModelSnap, a: AnnotationCtx): void {
  const data = source_data(a.r.ref(m, "source"));
  const n = rows(data);
  if (n === 0) return;
  const su = (attr<Units>(m, "start_units") ?? "data"), eu = (attr<Units>(m, "end_units") ?? "data");
  const x0 = coords(m, "x_start", data, n, su, 0, a), y0 = coords(m, "y_start", data, n, su, 1, a);
  const x1 = coords(m, "x_end", data, n, eu, 0, a), y1 = coords(m, "y_end", data, n, eu, 1, a);
  const start = head_painter(m, "start", data, n, a), end = head_painter(m, "end", data, n, a);
  const line = resolve_colors(m, "line_", data, n, a.r), width = resolve(m, "line_width", data, a.r);
  const dash = line_dash(attr(m, "line_dash"));
  for (let i = 0; i < n; i++) {
    const dx = x1[i]! - x0[i]!, dy = y1[i]! - y0[i]!;
    if (!isFinite(dx + dy)) continue;
    // the head's +y axis points back along the body
    const angle = Math.PI / 2 + Math.atan2(dy, dx);
    end?.paint(g, i, x1[i]!, y1[i]!, angle);
    start?.paint(g, i, x0[i]!, y0[i]!, angle + Math.PI);
    const l = line_at(line, width, i);
    const len = Math.hypot(dx, dy);
    const cut0 = start?.covers(i) ?? 0, cut1 = end?.covers(i) ?? 0;
    if (l == null || len <= cut0 + cut1) continue;
    const ux = dx / len, uy = dy / len;
    stroke_polyline(g, [x0[i]! + ux * cut0, y0[i]! + uy * cut0, x1[i]! - ux * cut1, y1[i]! - uy * cut1], l, dash);
  }
}

/** Draw a Band, Whisker or Arrow; false for other types. */
export function draw_data_annotation(c: Container, m: ModelSnap, a: AnnotationCtx): boolean {
  const draw = m.type === "Band" ? draw_band : m.type === "Whisker" ? draw_whisker : m.type === "Arrow" ? draw_arrow : null;
  if (draw == null) return false;
  const g = new Graphics();
  draw(g, m, a);
  c.addChild(g);
  return true;
}
