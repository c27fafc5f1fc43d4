// Filled areas: Patch, Patches, VArea, HArea.
import type { Graphics } from "pixi.js";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph, inside, type GlyphArgs } from "./base.ts";
import { stroke_polyline } from "./dash.ts";
import type { GlyphDecl } from "./registry.ts";

export class AreaView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;

  protected prepare(): void {
    const names: Record<string, string[]> = { Patch: ["x", "y"], Patches: ["xs", "ys"], VArea: ["x", "y1", "y2"], HArea: ["y", "x1", "x2"] };
    this.s = {};
    for (const k of names[this.glyph.type] ?? []) this.s[k] = this.spec(k);
  }

  /** Polygons in screen space (NaN-separated runs become separate polygons). */
  private polygons(xs: Scale, ys: Scale): Array<{ pts: number[]; index: number }> {
    const out: Array<{ pts: number[]; index: number }> = [];
    const v = (k: string, i: number) => spec_at(this.s[k]!, i);
    switch (this.glyph.type) {
      case "Patches":
        for (let i = 0; i < this.n; i++) {
          const lx = v("xs", i) as ArrayLike<unknown>, ly = v("ys", i) as ArrayLike<unknown>;
          if (lx == null || ly == null) continue;
          let cur: number[] = [];
          for (let j = 0; j < lx.length; j++) {
            const sx = xs.compute(lx[j]), sy = ys.compute(ly[j]);
            if (!isFinite(sx) || !isFinite(sy)) { if (cur.length) out.push({ pts: cur, index: i }); cur = []; continue; }
            cur.push(sx, sy);
          }
          if (cur.length) out.push({ pts: cur, index: i });
        }
        break;
      case "Patch": {
        let cur: number[] = [];
        for (let i = 0; i < this.n; i++) {
          const sx = xs.compute(v("x", i)), sy = ys.compute(v("y", i));
          if (!isFinite(sx) || !isFinite(sy)) { if (cur.length) out.push({ pts: cur, index: 0 }); cur = []; continue; }
          cur.push(sx, sy);
        }
        if (cur.length) out.push({ pts: cur, index: 0 });
        break;
      }
      default: {
        const vert = this.glyph.type === "VArea";
        const [p, a, b] = vert ? ["x", "y1", "y2"] : ["y", "x1", "x2"];
        const top: number[] = [], bottom: number[] = [];
        for (let i = 0; i < this.n; i++) {
          const c = (vert ? xs : ys).compute(v(p!, i));
          const s1 = (vert ? ys : xs).compute(v(a!, i)), s2 = (vert ? ys : xs).compute(v(b!, i));
          if (vert) { top.push(c, s1); bottom.unshift(c, s2); } else { top.push(s1, c); bottom.unshift(s2, c); }
        }
        // bottom was built reversed pairwise: fix pair order
        const rev: number[] = [];
        for (let i = 0; i < bottom.length; i += 2) rev.push(bottom[i]!, bottom[i + 1]!);
        out.push({ pts: [...top, ...rev], index: 0 });
      }
    }
    return out;
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    for (const { pts, index } of this.polygons(xs, ys)) {
      if (pts.length < 6) continue;
      const f = this.fill_style(index), l = this.line_style(index);
      if (f != null) { g.poly(pts, true); g.fill(f); }
      if (l != null && this.glyph.type.startsWith("Patch")) stroke_polyline(g, [...pts, pts[0]!, pts[1]!], l, this.vis.line_dash);
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const polys = this.polygons(this.xs, this.ys).filter((p) => p.index === i);
    if (polys.length === 0) return null;
    const pts = polys[0]!.pts;
    let x = 0, y = 0;
    for (let k = 0; k < pts.length; k += 2) { x += pts[k]!; y += pts[k + 1]!; }
    return [x / (pts.length / 2), y / (pts.length / 2)];
  }

  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const hits = new Set<number>();
    for (const { pts, index } of this.polygons(this.xs, this.ys)) {
      const poly: Array<[number, number]> = [];
      for (let k = 0; k < pts.length; k += 2) poly.push([pts[k]!, pts[k + 1]!]);
      if (inside(poly, sx, sy)) hits.add(index);
    }
    return [...hits];
  }
}

const area = (a: GlyphArgs) => new AreaView(a);

export const glyphs: readonly GlyphDecl[] = [
  { type: "Patch", view: area, visuals: ["line", "fill", "hatch"] },
  { type: "Patches", view: area, extent: [[["xs"]], [["ys"]]], visuals: ["line", "fill", "hatch"] },
  { type: "VArea", view: area, extent: [[["x"]], [["y1"], ["y2"]]], visuals: ["fill", "hatch"] },
  { type: "HArea", view: area, extent: [[["x1"], ["x2"]], [["y"]]], visuals: ["fill", "hatch"] },
];
