// Axis-aligned boxes: Quad, VBar, HBar, Rect (with angle), Block.
import type { Graphics } from "pixi.js";
import type { Scale } from "../scale.ts";
import { resolve, spec_at, data_length, type Data, type Spec } from "../specs.ts";
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import { empty_extent, extend, type Extent } from "./extent.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import type { GlyphDecl } from "./registry.ts";

type Box = [number, number, number, number];

export class BoxView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;

  protected prepare(): void {
    const names: Record<string, string[]> = {
      Quad: ["left", "right", "top", "bottom"], VBar: ["x", "width", "top", "bottom"], HBar: ["y", "height", "left", "right"],
      Rect: ["x", "y", "width", "height", "angle"], Block: ["x", "y", "width", "height"],
    };
    this.s = {};
    for (const k of names[this.glyph.type] ?? []) this.s[k] = this.spec(k);
  }

  private v(name: string, i: number): unknown { return spec_at(this.s[name]!, i); }

  /** screen box [x0, y0, x1, y1] of item i (pre-rotation for Rect) */
  private box(i: number, xs: Scale, ys: Scale): Box {
    const v = (n: string) => this.v(n, i);
    const num = (n: string) => Number(v(n));
    switch (this.glyph.type) {
      case "Quad": return [xs.compute(v("left")), ys.compute(v("top")), xs.compute(v("right")), ys.compute(v("bottom"))];
      case "VBar": {
        const c = xs.pre(v("x")), w = num("width") / 2;
        return [xs.a * (c - w) + xs.b, ys.compute(v("top")), xs.a * (c + w) + xs.b, ys.compute(v("bottom"))];
      }
      case "HBar": {
        const c = ys.pre(v("y")), h = num("height") / 2;
        return [xs.compute(v("left")), ys.a * (c + h) + ys.b, xs.compute(v("right")), ys.a * (c - h) + ys.b];
      }
      case "Block": return [xs.compute(v("x")), ys.compute(Number(v("y")) + num("height")), xs.compute(Number(v("x")) + num("width")), ys.compute(v("y"))];
      default: {
        const cx = xs.pre(v("x")), cy = ys.pre(v("y")), w = num("width") / 2, h = num("height") / 2;
        return [xs.a * (cx - w) + xs.b, ys.a * (cy + h) + ys.b, xs.a * (cx + w) + xs.b, ys.a * (cy - h) + ys.b];
      }
    }
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    const rect = this.glyph.type === "Rect";
    for (let i = 0; i < this.n; i++) {
      const [x0, y0, x1, y1] = this.box(i, xs, ys);
      if (![x0, y0, x1, y1].every(isFinite)) continue;
      const l = Math.min(x0, x1), t = Math.min(y0, y1), w = Math.abs(x1 - x0), h = Math.abs(y1 - y0);
      const angle = rect ? Number(this.v("angle", i) ?? 0) : 0;
      if (angle !== 0) {
        const cx = l + w / 2, cy = t + h / 2, c = Math.cos(-angle), s = Math.sin(-angle);
        const pts = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]].flatMap(([x, y]) => [cx + c * x! - s * y!, cy + s * x! + c * y!]);
        g.poly(pts, true);
      } else g.rect(l, t, w, h);
      const f = this.fill_style(i), ln = this.line_style(i);
      if (f != null) g.fill(f);
      if (ln != null) g.stroke({ ...ln, alignment: 0.5 });
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const [x0, y0, x1, y1] = this.box(i, this.xs, this.ys);
    return [(x0 + x1) / 2, (y0 + y1) / 2];
  }

  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const [x0, y0, x1, y1] = this.box(i, this.xs, this.ys);
      if (sx >= Math.min(x0, x1) && sx <= Math.max(x0, x1) && sy >= Math.min(y0, y1) && sy <= Math.max(y0, y1)) out.push(i);
    }
    return out;
  }
}

/** A Block spans [x, x + width] and [y, y + height] (BokehJS's LRTB bounds). */
function block_extent(glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const e = empty_extent();
  const c = resolve(glyph, dim === 0 ? "x" : "y", data, r, true), d = resolve(glyph, dim === 0 ? "width" : "height", data, r);
  const n = data_length(data);
  for (let i = 0; i < n; i++) {
    const v = Number(spec_at(c, i));
    extend(e, v); extend(e, v + Number(spec_at(d, i)));
  }
  return e;
}

const box = (a: GlyphArgs) => new BoxView(a);
const BOX = ["line", "fill", "hatch"] as const;

export const glyphs: readonly GlyphDecl[] = [
  { type: "Quad", view: box, extent: [[["left"], ["right"]], [["bottom"], ["top"]]], visuals: BOX },
  { type: "VBar", view: box, extent: [[["x", "width"]], [["bottom"], ["top"]]], visuals: BOX },
  { type: "HBar", view: box, extent: [[["left"], ["right"]], [["y", "height"]]], visuals: BOX },
  { type: "Rect", view: box, extent: [[["x", "width"]], [["y", "height"]]], visuals: BOX },
  { type: "Block", view: box, extent: block_extent, visuals: BOX },
];
