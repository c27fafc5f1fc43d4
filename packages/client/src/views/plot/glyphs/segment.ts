// Segment and Ray.
import type { Graphics } from "pixi.js";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph } from "./base.ts";
import { stroke_polyline } from "./dash.ts";
import type { GlyphDecl } from "./registry.ts";

export class SegmentView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;

  protected prepare(): void {
    const names = this.glyph.type === "Ray" ? ["x", "y", "angle", "length"] : ["x0", "y0", "x1", "y1"];
    this.s = {};
    for (const k of names) this.s[k] = this.spec(k);
  }

  private ends(i: number, xs: Scale, ys: Scale): [number, number, number, number] {
    const v = (k: string) => spec_at(this.s[k]!, i);
    if (this.glyph.type === "Ray") {
      const x = xs.compute(v("x")), y = ys.compute(v("y"));
      const ang = Number(v("angle")), len = Number(v("length"));
      const L = len > 0 ? len * Math.abs(xs.a) : 1e5; // length 0 = infinite ray
      return [x, y, x + L * Math.cos(ang), y - L * Math.sin(ang)];
    }
    return [xs.compute(v("x0")), ys.compute(v("y0")), xs.compute(v("x1")), ys.compute(v("y1"))];
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    for (let i = 0; i < this.n; i++) {
      const l = this.line_style(i);
      if (l == null) continue;
      stroke_polyline(g, this.ends(i, xs, ys), l, this.vis.line_dash);
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const [x0, y0, x1, y1] = this.ends(i, this.xs, this.ys);
    return this.glyph.type === "Ray" ? [x0, y0] : [(x0 + x1) / 2, (y0 + y1) / 2];
  }
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "Segment", view: (a) => new SegmentView(a), extent: [[["x0"], ["x1"]], [["y0"], ["y1"]]], visuals: ["line"] },
  { type: "Ray", view: (a) => new SegmentView(a), visuals: ["line"] },
];
