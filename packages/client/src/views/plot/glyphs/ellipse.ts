// Ellipse and Ngon: closed outlines around a centre, sized in data or screen units and turned by an angle.
import type { Graphics } from "pixi.js";
import { attr } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph, inside, type GlyphArgs } from "./base.ts";
import { stroke_polyline } from "./dash.ts";
import { ellipse_points, in_ellipse, ngon_points, type Pts } from "./geometry.ts";
import type { GlyphDecl } from "./registry.ts";
import { Angles, Distances, centred_extent, radius_factor } from "./units.ts";

/** Shared by Ellipse and Ngon: specs resolved once, outlines built per paint in screen px. */
abstract class OutlineGlyph extends GraphicsGlyph {
  protected x!: Spec;
  protected y!: Spec;
  protected angle!: Angles;

  protected abstract outline(i: number, xs: Scale, ys: Scale): Pts | null;

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    if (this.vis.line == null) { this.paint_fills(g, xs, ys); return; }
    for (let i = 0; i < this.n; i++) {
      const pts = this.outline(i, xs, ys);
      if (pts == null) continue;
      const f = this.fill_style(i), l = this.line_style(i);
      if (f != null) { g.poly(pts, true); g.fill(f); }
      if (l != null) {
        if (this.vis.line_dash.length > 0) stroke_polyline(g, [...pts, pts[0]!, pts[1]!], l, this.vis.line_dash);
        else { g.poly(pts, true); g.stroke({ ...l, alignment: 0.5 }); }
      }
    }
  }

  /** Fills only: runs of items with the same colour share one fill call (pixi fills every shape of the path). */
  private paint_fills(g: Graphics, xs: Scale, ys: Scale): void {
    let cur: { color: number; alpha: number } | null = null, shapes = 0;
    const flush = () => { if (cur != null && shapes > 0) g.fill(cur); shapes = 0; };
    for (let i = 0; i < this.n; i++) {
      const f = this.fill_style(i);
      if (f == null) continue;
      const pts = this.outline(i, xs, ys);
      if (pts == null) continue;
      if (cur == null || f.color !== cur.color || f.alpha !== cur.alpha || shapes >= 4096) { flush(); cur = f; }
      g.poly(pts, true);
      shapes++;
    }
    flush();
  }

  protected centre(i: number, xs: Scale, ys: Scale): [number, number] | null {
    const cx = xs.compute(spec_at(this.x, i)), cy = ys.compute(spec_at(this.y, i));
    return isFinite(cx) && isFinite(cy) ? [cx, cy] : null;
  }

  anchor(i: number): [number, number] | null {
    return this.xs == null || this.ys == null ? null : this.centre(i, this.xs, this.ys);
  }
}

export class EllipseView extends OutlineGlyph {
  declare private w: Distances;
  declare private h: Distances;

  protected prepare(): void {
    this.x = this.spec("x"); this.y = this.spec("y");
    this.w = Distances.of(this.glyph, "width", this.spec("width"));
    this.h = Distances.of(this.glyph, "height", this.spec("height"));
    this.angle = Angles.of(this.glyph, "angle", this.spec("angle"));
  }

  private shape(i: number, xs: Scale, ys: Scale): [number, number, number, number, number] | null {
    const c = this.centre(i, xs, ys);
    if (c == null) return null;
    const rx = this.w.at(i, xs.a) / 2, ry = this.h.at(i, ys.a) / 2, a = this.angle.at(i);
    return isFinite(rx + ry + a) ? [c[0], c[1], rx, ry, a] : null;
  }

  protected outline(i: number, xs: Scale, ys: Scale): Pts | null {
    const s = this.shape(i, xs, ys);
    return s == null ? null : ellipse_points(...s);
  }

  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const s = this.shape(i, this.xs, this.ys);
      if (s != null && in_ellipse(sx, sy, ...s)) out.push(i);
    }
    return out;
  }
}

export class NgonView extends OutlineGlyph {
  declare private radius: Distances;
  declare private sides: Spec;

  protected prepare(): void {
    this.x = this.spec("x"); this.y = this.spec("y");
    this.radius = Distances.of(this.glyph, "radius", this.spec("radius"));
    this.sides = this.spec("n");
    this.angle = Angles.of(this.glyph, "angle", this.spec("angle"));
  }

  protected outline(i: number, xs: Scale, ys: Scale): Pts | null {
    const c = this.centre(i, xs, ys);
    const n = Number(spec_at(this.sides, i));
    const r = this.radius.at(i, radius_factor(attr<string>(this.glyph, "radius_dimension"), xs, ys));
    const a = this.angle.at(i);
    if (c == null || !(n >= 3) || !isFinite(r + a)) return null;
    return ngon_points(c[0], c[1], r, Math.floor(n), a);
  }

  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const pts = this.outline(i, this.xs, this.ys);
      if (pts == null) continue;
      const poly: Array<[number, number]> = [];
      for (let k = 0; k < pts.length; k += 2) poly.push([pts[k]!, pts[k + 1]!]);
      if (inside(poly, sx, sy)) out.push(i);
    }
    return out;
  }
}

const VISUALS = ["line", "fill", "hatch"] as const;

export const glyphs: readonly GlyphDecl[] = [
  {
    type: "Ellipse", view: (a: GlyphArgs) => new EllipseView(a), visuals: VISUALS,
    extent: centred_extent((d) => (d === 0 ? "x" : "y"), (d) => (d === 0 ? "width" : "height"), true),
  },
  // BokehJS bounds an Ngon by its centres only (RadialGlyph)
  { type: "Ngon", view: (a: GlyphArgs) => new NgonView(a), visuals: VISUALS },
];
