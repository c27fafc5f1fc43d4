// Wedge, AnnularWedge, Annulus and Circle (radius in data units or screen units).
import type { Graphics } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { resolve, data_length, spec_at, type Data, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import type { GlyphDecl } from "./registry.ts";
import { empty_extent, extend_spec, type Extent } from "./extent.ts";
import { Angles, units_of } from "./units.ts";
import { arc_points, in_sweep } from "./geometry.ts";

export class RadialView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;
  declare private a0: Angles | null;
  declare private a1: Angles | null;

  protected prepare(): void {
    const names: Record<string, string[]> = {
      Wedge: ["x", "y", "radius", "start_angle", "end_angle"],
      AnnularWedge: ["x", "y", "inner_radius", "outer_radius", "start_angle", "end_angle"],
      Annulus: ["x", "y", "inner_radius", "outer_radius"],
      Circle: ["x", "y", "radius"],
    };
    this.s = {};
    for (const k of names[this.glyph.type] ?? []) this.s[k] = this.spec(k);
    // angles as BokehJS materializes them: in their units (rad, deg, grad, turn), negated for screen y
    this.a0 = this.s["start_angle"] != null ? Angles.of(this.glyph, "start_angle", this.s["start_angle"]) : null;
    this.a1 = this.s["end_angle"] != null ? Angles.of(this.glyph, "end_angle", this.s["end_angle"]) : null;
  }

  private radius(name: string, i: number, xs: Scale, ys: Scale): number {
    const r = Number(spec_at(this.s[name]!, i));
    if (this.glyph.type === "Circle" && attr<string>(this.glyph, "radius_units") === "screen") return r;
    if (this.glyph.type !== "Circle" && units_of(this.glyph, name, "data") === "screen") return r;
    const dim = this.glyph.type === "Circle" ? attr<string>(this.glyph, "radius_dimension") : "x";
    const kx = Math.abs(xs.a), ky = Math.abs(ys.a);
    const k = dim === "y" ? ky : dim === "max" ? Math.max(kx, ky) : dim === "min" ? Math.min(kx, ky) : kx;
    return r * k;
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    const t = this.glyph.type;
    const anti = attr<string>(this.glyph, "direction") === "anticlock";
    for (let i = 0; i < this.n; i++) {
      const cx = xs.compute(spec_at(this.s["x"]!, i)), cy = ys.compute(spec_at(this.s["y"]!, i));
      if (!isFinite(cx) || !isFinite(cy)) continue;
      if (t === "Annulus") {
        // a ring: the outer circle and the inner one walked back (pixi's arc draws nothing for a full
        // turn ending below its start); stroked as two circles, as BokehJS strokes them
        const outer = this.radius("outer_radius", i, xs, ys), inner = this.radius("inner_radius", i, xs, ys);
        const o = arc_points(cx, cy, outer, 0, 2 * Math.PI, false), h = arc_points(cx, cy, inner, 2 * Math.PI, 0, true);
        const f = this.fill_style(i), l = this.line_style(i);
        if (f != null) { g.poly([...o, ...h], true); g.fill(f); }
        if (l != null) { g.poly(o, true); g.stroke(l); g.poly(h, true); g.stroke(l); }
        continue;
      }
      if (t === "Circle") {
        g.circle(cx, cy, this.radius("radius", i, xs, ys));
      } else {
        // screen y is flipped, so a data-space anticlockwise sweep is clockwise on screen
        const a0 = this.a0?.at(i) ?? 0;
        const a1 = this.a1?.at(i) ?? -2 * Math.PI;
        const outer = this.radius(t === "Wedge" ? "radius" : "outer_radius", i, xs, ys);
        if (t === "Wedge") {
          g.moveTo(cx, cy);
          g.arc(cx, cy, outer, a0, a1, anti);
          g.closePath();
        } else {
          const inner = this.radius("inner_radius", i, xs, ys);
          g.moveTo(cx + outer * Math.cos(a0), cy + outer * Math.sin(a0));
          g.arc(cx, cy, outer, a0, a1, anti);
          g.lineTo(cx + inner * Math.cos(a1), cy + inner * Math.sin(a1));
          g.arc(cx, cy, inner, a1, a0, !anti);
          g.closePath();
        }
      }
      const f = this.fill_style(i), l = this.line_style(i);
      if (f != null) g.fill(f);
      if (l != null) g.stroke(l);
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    return [this.xs.compute(spec_at(this.s["x"]!, i)), this.ys.compute(spec_at(this.s["y"]!, i))];
  }

  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const out: number[] = [];
    const rname = this.glyph.type === "Circle" || this.glyph.type === "Wedge" ? "radius" : "outer_radius";
    for (let i = 0; i < this.n; i++) {
      const p = this.anchor(i);
      if (p == null) continue;
      const d = Math.hypot(p[0] - sx, p[1] - sy);
      if (d > this.radius(rname, i, this.xs, this.ys)) continue;
      // the hole of an Annulus / AnnularWedge is not part of it; a wedge covers only its sweep
      if (this.s["inner_radius"] != null && d < this.radius("inner_radius", i, this.xs, this.ys)) continue;
      if (this.a0 != null && this.a1 != null && !in_sweep(Math.atan2(sy - p[1], sx - p[0]), this.a0.at(i), this.a1.at(i), attr<string>(this.glyph, "direction") === "anticlock")) continue;
      out.push(i);
    }
    return out;
  }
}

/** A circle reaches its radius (in data units) either side of its centre. */
function circle_extent(glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const e = empty_extent();
  const rs = resolve(glyph, "radius", data, r);
  const diameter: Spec = rs.kind === "value" ? { kind: "value", value: typeof rs.value === "number" ? rs.value * 2 : 0 } : { kind: "field", values: Array.from(rs.values as ArrayLike<number>, (v) => v * 2) };
  extend_spec(e, resolve(glyph, dim === 0 ? "x" : "y", data, r, true), data_length(data), diameter);
  return e;
}

const radial = (a: GlyphArgs) => new RadialView(a);
const RADIAL = ["line", "fill", "hatch"] as const;

export const glyphs: readonly GlyphDecl[] = [
  { type: "Wedge", view: radial, visuals: RADIAL },
  { type: "AnnularWedge", view: radial, visuals: RADIAL },
  { type: "Annulus", view: radial, visuals: RADIAL },
  { type: "Circle", view: radial, extent: circle_extent, visuals: RADIAL },
];
