// HSpan, VSpan, HStrip, VStrip: lines and bands across the whole frame at data coordinates (the
// frame's edges are the scales' screen intervals). BokehJS rounds strip edges to whole pixels.
import type { Graphics } from "pixi.js";
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { spec_at, type Data, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import { stroke_polyline } from "./dash.ts";
import { empty_extent, spec_extent, type Extent } from "./extent.ts";
import type { GlyphDecl } from "./registry.ts";

/** Hit tolerance (px) either side of a span line. */
const SPAN_HIT = 3;

export class SpanView extends GraphicsGlyph {
  declare private s: Spec[];

  /** HSpan/HStrip sit at y values and run across x. */
  private get horizontal(): boolean { return this.glyph.type[0] === "H"; }
  private get strip(): boolean { return this.glyph.type.endsWith("Strip"); }

  protected prepare(): void {
    const h = this.horizontal;
    const names = this.strip ? (h ? ["y0", "y1"] : ["x0", "x1"]) : [h ? "y" : "x"];
    this.s = names.map((n) => this.spec(n));
  }

  /** Screen positions (across the span's direction) of item i: one for a span, two for a strip. */
  private at(i: number, sc: Scale): number[] {
    return this.s.map((s) => Math.round(sc.compute(spec_at(s, i))));
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    const h = this.horizontal;
    const across = h ? xs : ys, along = h ? ys : xs;
    const lo = Math.min(across.s0, across.s1), hi = Math.max(across.s0, across.s1);
    const seg = (v: number): number[] => (h ? [lo, v, hi, v] : [v, lo, v, hi]);
    for (let i = 0; i < this.n; i++) {
      const vs = this.at(i, along);
      if (!vs.every(isFinite)) continue;
      const f = this.fill_style(i), l = this.line_style(i);
      if (this.strip && f != null) {
        const a = Math.min(vs[0]!, vs[1]!), b = Math.max(vs[0]!, vs[1]!);
        if (h) g.rect(lo, a, hi - lo, b - a); else g.rect(a, lo, b - a, hi - lo);
        g.fill(f);
      }
      if (l != null) {
        // odd widths on pixel centres stay crisp, as BokehJS's canvas draws them
        const off = Math.round(l.width) % 2 === 1 ? 0.5 : 0;
        for (const v of vs) stroke_polyline(g, seg(v + off), l, this.vis.line_dash);
      }
    }
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const h = this.horizontal;
    const vs = this.at(i, h ? this.ys : this.xs);
    const v = (vs[0]! + vs[vs.length - 1]!) / 2;
    const across = h ? this.xs : this.ys;
    const mid = (across.s0 + across.s1) / 2;
    return h ? [mid, v] : [v, mid];
  }

  /** A strip is hit inside it, a span within a few px of its line (BokehJS's hit_point). */
  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const h = this.horizontal, p = h ? sy : sx;
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const vs = this.at(i, h ? this.ys : this.xs);
      const hit = this.strip ? p >= Math.min(vs[0]!, vs[1]!) && p <= Math.max(vs[0]!, vs[1]!) : Math.abs(p - vs[0]!) <= SPAN_HIT;
      if (hit) out.push(i);
    }
    return out;
  }

  hit_span(dim: 0 | 1, s: number): number[] {
    // vline hover (dim 0) crosses every horizontal span/strip and the vertical ones at s
    if ((dim === 1) === this.horizontal) return this.hit_point(dim === 0 ? s : NaN, dim === 1 ? s : NaN);
    return Array.from({ length: this.n }, (_, i) => i);
  }
}

/** Spans bound only their own dimension (BokehJS returns NaN for the other). */
function span_extent(names: readonly string[], horizontal: boolean) {
  return (glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent => {
    if ((dim === 1) !== horizontal) return empty_extent();
    const attrs = names.map((n) => [n] as const);
    return spec_extent(horizontal ? [[], attrs] : [attrs, []], glyph, data, r, dim);
  };
}

const span = (a: GlyphArgs) => new SpanView(a);

export const glyphs: readonly GlyphDecl[] = [
  { type: "HSpan", view: span, visuals: ["line"], extent: span_extent(["y"], true) },
  { type: "VSpan", view: span, visuals: ["line"], extent: span_extent(["x"], false) },
  { type: "HStrip", view: span, visuals: ["line", "fill", "hatch"], extent: span_extent(["y0", "y1"], true) },
  { type: "VStrip", view: span, visuals: ["line", "fill", "hatch"], extent: span_extent(["x0", "x1"], false) },
];
