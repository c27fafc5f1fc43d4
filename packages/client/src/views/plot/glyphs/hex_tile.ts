// HexTile: hexagons at axial coordinates (q, r), as BokehJS draws them (hexbin plots).
import type { Graphics } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { resolve, data_length, spec_at, type Data, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import type { GlyphDecl } from "./registry.ts";
import { empty_extent, extend, type Extent } from "./extent.ts";
import { hex_center, hex_half_size, hex_vertices, in_ring, type HexOrientation } from "./polygon_geometry.ts";

interface HexParams { size: number; aspect_scale: number; orientation: HexOrientation }

function params(glyph: ModelSnap): HexParams {
  return {
    size: attr<number>(glyph, "size") ?? 1,
    aspect_scale: attr<number>(glyph, "aspect_scale") ?? 1,
    orientation: attr<string>(glyph, "orientation") === "flattop" ? "flattop" : "pointytop",
  };
}

/** Data-space centres of every hex. */
function centers(glyph: ModelSnap, data: Data, r: Resolver): { x: Float64Array; y: Float64Array } {
  const n = data_length(data);
  const q = resolve(glyph, "q", data, r, true), rr = resolve(glyph, "r", data, r, true);
  const { size, aspect_scale, orientation } = params(glyph);
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const [cx, cy] = hex_center(Number(spec_at(q, i)), Number(spec_at(rr, i)), size, aspect_scale, orientation);
    x[i] = cx; y[i] = cy;
  }
  return { x, y };
}

export class HexTileView extends GraphicsGlyph {
  declare private cx: Float64Array;
  declare private cy: Float64Array;
  declare private scale_: Spec;
  declare private p: HexParams;

  protected prepare(): void {
    const c = centers(this.glyph, this.data, this.args.r);
    this.cx = c.x; this.cy = c.y;
    this.scale_ = this.spec("scale", false);
    this.p = params(this.glyph);
  }

  private vertices(xs: Scale, ys: Scale): { vx: number[]; vy: number[] } {
    return hex_vertices(this.p.size, this.p.aspect_scale, this.p.orientation, xs.a, ys.a);
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    const { vx, vy } = this.vertices(xs, ys);
    const hexes: Array<number[] | null> = new Array(this.n).fill(null);
    // hexes of one fill colour share one fill (a hexbin has few colours): far fewer pixi draw instructions
    const groups = new Map<string, { style: { color: number; alpha: number }; rows: number[] }>();
    for (let i = 0; i < this.n; i++) {
      const sx = xs.a * this.cx[i]! + xs.b, sy = ys.a * this.cy[i]! + ys.b;
      const k = Number(spec_at(this.scale_, i) ?? 1);
      if (!isFinite(sx) || !isFinite(sy) || !isFinite(k)) continue;
      const pts = new Array<number>(12); // pixi keeps the array it is given
      for (let j = 0; j < 6; j++) { pts[2 * j] = sx + vx[j]! * k; pts[2 * j + 1] = sy + vy[j]! * k; }
      hexes[i] = pts;
      const f = this.fill_style(i);
      if (f == null) continue;
      const key = `${f.color}/${f.alpha}`;
      let grp = groups.get(key);
      if (grp == null) groups.set(key, (grp = { style: f, rows: [] }));
      grp.rows.push(i);
    }
    for (const { style, rows } of groups.values()) {
      for (const i of rows) g.poly(hexes[i]!, true);
      g.fill(style);
    }
    // hexes do not overlap, so outlines after all fills look as BokehJS's fill-then-line per hex
    for (let i = 0; i < this.n; i++) {
      const l = this.line_style(i), pts = hexes[i];
      if (l != null && pts != null) g.poly(pts, true).stroke({ ...l, alignment: 0.5 });
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null || i >= this.n) return null;
    return [this.xs.a * this.cx[i]! + this.xs.b, this.ys.a * this.cy[i]! + this.ys.b];
  }

  /** BokehJS's hit test: the point inside the hexagon (of unit scale) around each centre. */
  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const { vx, vy } = this.vertices(this.xs, this.ys);
    const ring = vx.flatMap((x, j) => [x, vy[j]!]);
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const p = this.anchor(i)!;
      if (in_ring(ring, sx - p[0], sy - p[1])) out.push(i);
    }
    return out;
  }
}

/** Centres padded by the hex's half size (BokehJS HexTile._index_data). */
function hex_extent(glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const e = empty_extent();
  const c = centers(glyph, data, r);
  const { size, aspect_scale, orientation } = params(glyph);
  const pad = hex_half_size(size, aspect_scale, orientation)[dim];
  const v = dim === 0 ? c.x : c.y;
  for (let i = 0; i < v.length; i++) extend(e, v[i], pad);
  return e;
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "HexTile", view: (a: GlyphArgs) => new HexTileView(a), extent: hex_extent, visuals: ["line", "fill", "hatch"] },
];
