// Text glyph (and the drawing used by LabelSet).
import { Container, type Graphics } from "pixi.js";
import type { Scale } from "../scale.ts";
import { spec_at, type Spec } from "../specs.ts";
import { text_props, make_text, place_text, font_px } from "../text.ts";
import { GraphicsGlyph } from "./base.ts";
import type { GlyphDecl } from "./registry.ts";

export class TextView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;
  declare private labels: Container;

  protected prepare(): void {
    this.s = {};
    for (const k of ["x", "y", "text", "angle", "x_offset", "y_offset", "text_font_size"]) this.s[k] = this.spec(k, k !== "text_font_size");
    if (this.labels == null) { this.labels = new Container(); this.container.addChild(this.labels); }
  }

  protected paint(_g: Graphics, xs: Scale, ys: Scale): void {
    for (const c of this.labels.removeChildren()) c.destroy();
    const base = text_props(this.glyph, "");
    const colors = this.vis.text;
    for (let i = 0; i < this.n; i++) {
      const txt = spec_at(this.s["text"]!, i);
      if (txt == null) continue;
      const x = xs.compute(spec_at(this.s["x"]!, i)) + Number(spec_at(this.s["x_offset"]!, i) ?? 0);
      const y = ys.compute(spec_at(this.s["y"]!, i)) - Number(spec_at(this.s["y_offset"]!, i) ?? 0);
      if (!isFinite(x) || !isFinite(y)) continue;
      const p = { ...base, size: font_px(spec_at(this.s["text_font_size"]!, i), base.size) };
      if (colors != null) { p.color = colors.rgb[i]!; p.alpha = colors.alpha[i]!; }
      const t = make_text(String(txt), p, this.args.resolution);
      place_text(t, x, y, p.align, p.baseline, Number(spec_at(this.s["angle"]!, i) ?? 0));
      this.labels.addChild(t);
    }
  }

  protected override repaint(): void {
    super.repaint();
  }

  override update_view(xs: Scale, ys: Scale): void {
    super.update_view(xs, ys);
    this.labels.position.copyFrom(this.g.position);
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    return [this.xs.compute(spec_at(this.s["x"]!, i)), this.ys.compute(spec_at(this.s["y"]!, i))];
  }

  override draw_legend(g: Graphics, x0: number, y0: number, x1: number, y1: number): void {
    g.rect(x0 + 4, (y0 + y1) / 2 - 1, x1 - x0 - 8, 2).fill({ color: this.vis.text?.rgb[0] ?? 0x444444 });
  }
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "Text", view: (a) => new TextView(a), visuals: ["text"] },
];
