// Arc, Bezier and Quadratic: stroked curves, sampled into screen polylines (geometry.ts) so dashes
// and hit tests treat them as lines.
import type { Graphics } from "pixi.js";
import { attr } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import { stroke_polyline } from "./dash.ts";
import { arc_points, cubic_points, quadratic_points, type Pts } from "./geometry.ts";
import type { GlyphDecl } from "./registry.ts";
import { Angles, Distances } from "./units.ts";

/** Distance (px) from a point to a polyline. */
export function polyline_distance(pts: Pts, px: number, py: number): number {
  let best = Infinity;
  for (let k = 0; k + 3 < pts.length; k += 2) {
    const x0 = pts[k]!, y0 = pts[k + 1]!, x1 = pts[k + 2]!, y1 = pts[k + 3]!;
    const dx = x1 - x0, dy = y1 - y0, l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / l2));
    best = Math.min(best, Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy)));
  }
  return best;
}

abstract class CurveGlyph extends GraphicsGlyph {
  protected s: Record<string, Spec> = {};
  protected abstract readonly names: readonly string[];
  protected abstract curve(i: number, xs: Scale, ys: Scale): Pts | null;

  protected prepare(): void {
    this.s = {};
    for (const k of this.names) this.s[k] = this.spec(k);
  }

  protected v(name: string, i: number, sc: Scale): number { return sc.compute(spec_at(this.s[name]!, i)); }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    for (let i = 0; i < this.n; i++) {
      const l = this.line_style(i);
      const pts = l == null ? null : this.curve(i, xs, ys);
      if (pts == null || !pts.every(isFinite)) continue;
      stroke_polyline(g, pts, l!, this.vis.line_dash);
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const pts = this.curve(i, this.xs, this.ys);
    if (pts == null || pts.length < 2) return null;
    const m = Math.floor(pts.length / 4) * 2;
    return [pts[m]!, pts[m + 1]!];
  }

  /** Within the line's half width plus 2 px of the curve. */
  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const pts = this.curve(i, this.xs, this.ys);
      const w = this.line_style(i)?.width ?? 1;
      if (pts != null && polyline_distance(pts, sx, sy) <= w / 2 + 2) out.push(i);
    }
    return out;
  }
}

export class ArcView extends CurveGlyph {
  protected readonly names = ["x", "y"];
  declare private radius: Distances;
  declare private a0: Angles;
  declare private a1: Angles;

  protected override prepare(): void {
    super.prepare();
    this.radius = Distances.of(this.glyph, "radius", this.spec("radius"));
    this.a0 = Angles.of(this.glyph, "start_angle", this.spec("start_angle"));
    this.a1 = Angles.of(this.glyph, "end_angle", this.spec("end_angle"));
  }

  protected curve(i: number, xs: Scale, ys: Scale): Pts | null {
    const cx = this.v("x", i, xs), cy = this.v("y", i, ys), r = this.radius.at(i, xs.a);
    const a0 = this.a0.at(i), a1 = this.a1.at(i);
    if (!isFinite(cx + cy + r + a0 + a1)) return null;
    return arc_points(cx, cy, r, a0, a1, attr<string>(this.glyph, "direction") === "anticlock");
  }
}

export class BezierView extends CurveGlyph {
  protected readonly names = ["x0", "y0", "x1", "y1", "cx0", "cy0", "cx1", "cy1"];
  protected curve(i: number, xs: Scale, ys: Scale): Pts | null {
    return cubic_points(this.v("x0", i, xs), this.v("y0", i, ys), this.v("cx0", i, xs), this.v("cy0", i, ys), this.v("cx1", i, xs), this.v("cy1", i, ys), this.v("x1", i, xs), this.v("y1", i, ys));
  }
}

export class QuadraticView extends CurveGlyph {
  protected readonly names = ["x0", "y0", "x1", "y1", "cx", "cy"];
  protected curve(i: number, xs: Scale, ys: Scale): Pts | null {
    return quadratic_points(this.v("x0", i, xs), this.v("y0", i, ys), this.v("cx", i, xs), this.v("cy", i, ys), this.v("x1", i, xs), this.v("y1", i, ys));
  }
}

export const glyphs: readonly GlyphDecl[] = [
  // an Arc is bounded by its centres (BokehJS's XYGlyph); the curves by their end and control points
  // (a box a little larger than BokehJS's exact curve box when a control point lies outside it)
  { type: "Arc", view: (a: GlyphArgs) => new ArcView(a), visuals: ["line"] },
  { type: "Bezier", view: (a: GlyphArgs) => new BezierView(a), visuals: ["line"], extent: [[["x0"], ["x1"], ["cx0"], ["cx1"]], [["y0"], ["y1"], ["cy0"], ["cy1"]]] },
  { type: "Quadratic", view: (a: GlyphArgs) => new QuadraticView(a), visuals: ["line"], extent: [[["x0"], ["x1"], ["cx"]], [["y0"], ["y1"], ["cy"]]] },
];
