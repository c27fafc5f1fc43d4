// MultiPolygons: per item, polygons made of an exterior ring and holes (xs[i][j][k] = ring k of polygon j).
import type { Graphics } from "pixi.js";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import { stroke_polyline } from "./dash.ts";
import type { GlyphDecl } from "./registry.ts";
import { in_polygon, map_polygons, type Rings } from "./polygon_geometry.ts";

export class MultiPolygonsView extends GraphicsGlyph {
  declare private sxs: Spec;
  declare private sys: Spec;

  protected prepare(): void {
    this.sxs = this.spec("xs");
    this.sys = this.spec("ys");
  }

  private item(i: number, xs: Scale, ys: Scale): Rings[] {
    return map_polygons(spec_at(this.sxs, i), spec_at(this.sys, i), (v) => xs.compute(v), (v) => ys.compute(v));
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    for (let i = 0; i < this.n; i++) {
      const f = this.fill_style(i), l = this.line_style(i);
      if (f == null && l == null) continue;
      for (const rings of this.item(i, xs, ys)) {
        if (f != null) {
          // pixi triangulates the exterior (earcut) and cuts the holes out of the fill just made
          g.poly(Array.from(rings[0]!), true).fill(f);
          for (let k = 1; k < rings.length; k++) g.poly(Array.from(rings[k]!), true).cut();
        }
        if (l != null) for (const ring of rings) stroke_polyline(g, [...Array.from(ring), ring[0]!, ring[1]!], l, this.vis.line_dash);
      }
    }
  }

  /** Mean of the first exterior ring's vertices (hover snapping). */
  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const ring = this.item(i, this.xs, this.ys)[0]?.[0];
    if (ring == null) return null;
    let x = 0, y = 0;
    for (let k = 0; k < ring.length; k += 2) { x += ring[k]!; y += ring[k + 1]!; }
    return [x / (ring.length / 2), y / (ring.length / 2)];
  }

  /** BokehJS's hit test: inside some polygon's exterior and outside its holes. */
  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) if (this.item(i, this.xs, this.ys).some((rings) => in_polygon(rings, sx, sy))) out.push(i);
    return out;
  }
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "MultiPolygons", view: (a: GlyphArgs) => new MultiPolygonsView(a), extent: [[["xs"]], [["ys"]]], visuals: ["line", "fill", "hatch"] },
];
