// Line, Step and MultiLine.
import type { Graphics } from "pixi.js";
import { attr } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph, selected_indices, width_at } from "./base.ts";
import { selected_runs } from "./line_points.ts";
import { stroke_polyline, type Stroke } from "./dash.ts";
import type { GlyphDecl } from "./registry.ts";

export class LineView extends GraphicsGlyph {
  declare private x: Spec;
  declare private y: Spec;

  protected prepare(): void {
    this.x = this.spec("x");
    this.y = this.spec("y");
  }

  protected style(i = 0): Stroke | null {
    const l = this.line_style(i);
    if (l == null) return null;
    return { ...l, cap: attr<"butt">(this.glyph, "line_cap"), join: attr<"miter">(this.glyph, "line_join") };
  }

  /**
   * As BokehJS's GlyphRenderer for Line/Step: with a selection, the line is drawn in its
   * nonselection look and each run of consecutive selected points over it in the selection look.
   */
  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    if (this.n === 0) return;
    const sel = selected_indices(this.args.r, this.args.source);
    let base = 0;
    while (sel != null && base < this.n && sel.has(base)) base++;
    if (base < this.n) this.stroke(g, xs, ys, 0, this.n, base);
    if (sel == null) return;
    for (const [from, to] of selected_runs(sel, this.n)) this.stroke(g, xs, ys, from, to, from);
  }

  /** Stroke rows [from, to) in the style of row `style_row`. */
  private stroke(g: Graphics, xs: Scale, ys: Scale, from: number, to: number, style_row: number): void {
    const style = this.style(style_row);
    if (style == null) return;
    const step = this.glyph.type === "Step" ? attr<string>(this.glyph, "mode") : null;
    const pts: number[] = [];
    let px = NaN, py = NaN;
    for (let i = from; i < to; i++) {
      const sx = xs.compute(spec_at(this.x, i)), sy = ys.compute(spec_at(this.y, i));
      if (step != null && i > from && isFinite(px) && isFinite(sx)) {
        if (step === "before") pts.push(px, sy);
        else if (step === "after") pts.push(sx, py);
        else { const mx = (px + sx) / 2; pts.push(mx, py, mx, sy); }
      }
      pts.push(sx, sy);
      px = sx; py = sy;
    }
    stroke_polyline(g, pts, style, this.vis.line_dash);
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    return [this.xs.compute(spec_at(this.x, i)), this.ys.compute(spec_at(this.y, i))];
  }

  /** Bokeh's line hit test: the segment within a few pixels of the pointer; reports its nearer end. */
  override hit_point(sx: number, sy: number): number[] {
    const tol = Math.max(3, width_at(this.vis, 0) / 2 + 1);
    let best = -1, bd = tol;
    let prev = this.anchor(0);
    for (let i = 1; i < this.n; i++) {
      const cur = this.anchor(i);
      if (prev != null && cur != null) {
        const d = segment_distance(sx, sy, prev[0], prev[1], cur[0], cur[1]);
        if (d <= bd) {
          bd = d;
          best = Math.hypot(sx - prev[0], sy - prev[1]) <= Math.hypot(sx - cur[0], sy - cur[1]) ? i - 1 : i;
        }
      }
      prev = cur;
    }
    return best >= 0 ? [best] : [];
  }
}

export function segment_distance(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0, dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
  return Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy));
}

export class MultiLineView extends GraphicsGlyph {
  declare private xs_: Spec;
  declare private ys_: Spec;

  protected prepare(): void {
    this.xs_ = this.spec("xs");
    this.ys_ = this.spec("ys");
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    for (let i = 0; i < this.n; i++) {
      const l = this.line_style(i);
      const lx = spec_at(this.xs_, i) as ArrayLike<unknown> | undefined, ly = spec_at(this.ys_, i) as ArrayLike<unknown> | undefined;
      if (l == null || lx == null || ly == null) continue;
      const pts = new Float64Array(lx.length * 2);
      for (let j = 0; j < lx.length; j++) { pts[2 * j] = xs.compute(lx[j]); pts[2 * j + 1] = ys.compute(ly[j]); }
      stroke_polyline(g, pts, l, this.vis.line_dash);
    }
  }

  anchor(i: number): [number, number] | null {
    const lx = spec_at(this.xs_, i) as ArrayLike<unknown> | undefined, ly = spec_at(this.ys_, i) as ArrayLike<unknown> | undefined;
    if (this.xs == null || this.ys == null || lx == null || ly == null || lx.length === 0) return null;
    return [this.xs.compute(lx[0]), this.ys.compute(ly[0])];
  }
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "MultiLine", view: (a) => new MultiLineView(a), extent: [[["xs"]], [["ys"]]], visuals: ["line"] },
];
