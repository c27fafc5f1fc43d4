// VAreaStep and HAreaStep: a filled area between two stepped edges (geometry.ts's step_area).
import type { Graphics } from "pixi.js";
import { attr } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import { step_area, step_hit, type StepMode } from "./geometry.ts";
import type { GlyphDecl } from "./registry.ts";

export class AreaStepView extends GraphicsGlyph {
  declare private p: Spec;
  declare private a: Spec;
  declare private b: Spec;

  private get vertical(): boolean { return this.glyph.type === "VAreaStep"; }

  protected prepare(): void {
    const [p, a, b] = this.vertical ? ["x", "y1", "y2"] : ["y", "x1", "x2"];
    this.p = this.spec(p!); this.a = this.spec(a!); this.b = this.spec(b!);
  }

  private get mode(): StepMode { return attr<StepMode>(this.glyph, "step_mode") ?? "before"; }

  /** Screen positions along the area (p) and of both edges (a, b). */
  private screen(xs: Scale, ys: Scale): [Float64Array, Float64Array, Float64Array] {
    const v = this.vertical;
    const ps = v ? xs : ys, vs = v ? ys : xs;
    const p = new Float64Array(this.n), a = new Float64Array(this.n), b = new Float64Array(this.n);
    for (let i = 0; i < this.n; i++) {
      p[i] = ps.compute(spec_at(this.p, i)); a[i] = vs.compute(spec_at(this.a, i)); b[i] = vs.compute(spec_at(this.b, i));
    }
    return [p, a, b];
  }

  /** The outline in screen [x, y] pairs. */
  private outline(xs: Scale, ys: Scale): number[] {
    const pv = step_area(this.mode, ...this.screen(xs, ys));
    if (this.vertical) return pv;
    const out = new Array<number>(pv.length);
    for (let k = 0; k < pv.length; k += 2) { out[k] = pv[k + 1]!; out[k + 1] = pv[k]!; }
    return out;
  }

  protected paint(g: Graphics, xs: Scale, ys: Scale): void {
    const f = this.fill_style(0);
    const pts = this.outline(xs, ys);
    if (f == null || pts.length < 6 || !pts.every(isFinite)) return;
    g.poly(pts, true);
    g.fill(f);
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    const p = spec_at(this.p, i), a = Number(spec_at(this.a, i)), b = Number(spec_at(this.b, i));
    return this.vertical ? [this.xs.compute(p), this.ys.compute((a + b) / 2)] : [this.xs.compute((a + b) / 2), this.ys.compute(p)];
  }

  /** The step under the pointer, as BokehJS reports it (its row index). */
  override hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null || this.n === 0) return [];
    const [pp, pv] = this.vertical ? [sx, sy] : [sy, sx];
    const i = step_hit(this.mode, ...this.screen(this.xs, this.ys), pp, pv);
    return i < 0 ? [] : [i];
  }
}

const view = (a: GlyphArgs) => new AreaStepView(a);

export const glyphs: readonly GlyphDecl[] = [
  { type: "VAreaStep", view, extent: [[["x"]], [["y1"], ["y2"]]], visuals: ["fill", "hatch"] },
  { type: "HAreaStep", view, extent: [[["x1"], ["x2"]], [["y"]]], visuals: ["fill", "hatch"] },
];
