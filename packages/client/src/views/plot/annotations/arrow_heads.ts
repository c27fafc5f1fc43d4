// Arrow heads (OpenHead, NormalHead, VeeHead, TeeHead) as BokehJS's arrow_head.ts draws them: in a
// local frame with the tip at the origin and the head extending along +y, turned by `angle` and
// moved to the tip. Their specs (size, line, fill) are vectorized over the annotation's source.
import type { Graphics } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import { resolve, resolve_colors, spec_at, line_dash, type Colors, type Data, type Spec } from "../specs.ts";
import { stroke_polyline } from "../glyphs/dash.ts";

export class ArrowHeadPainter {
  private readonly size: Spec;
  private readonly line: Colors;
  private readonly fill: Colors | null;
  private readonly width: Spec;
  private readonly dash: number[];
  /** Canvas line joins: BokehJS's default bevel keeps the tip where the outline puts it (pixi's miter would overshoot it). */
  private readonly join: "miter" | "round" | "bevel";

  constructor(readonly head: ModelSnap, data: Data, n: number, r: Resolver) {
    this.size = resolve(head, "size", data, r);
    this.line = resolve_colors(head, "line_", data, n, r);
    this.fill = head.type === "NormalHead" || head.type === "VeeHead" ? resolve_colors(head, "fill_", data, n, r) : null;
    this.width = resolve(head, "line_width", data, r);
    this.dash = line_dash(attr(head, "line_dash"));
    const j = spec_at(resolve(head, "line_join", data, r), 0);
    this.join = j === "miter" || j === "round" ? j : "bevel";
  }

  size_at(i: number): number {
    const s = Number(spec_at(this.size, i));
    return isFinite(s) ? s : 25;
  }

  /** How far (px) from the tip the head hides the arrow's body (BokehJS clips the body there). */
  covers(i: number): number {
    const s = this.size_at(i);
    return this.head.type === "NormalHead" ? s : this.head.type === "VeeHead" ? s / 2 : 0;
  }

  /** The head's outline in its local frame: tip at (0, 0), extending along +y. */
  outline(i: number): { pts: number[]; closed: boolean } {
    const s = this.size_at(i);
    switch (this.head.type) {
      case "TeeHead": return { pts: [0.5 * s, 0, -0.5 * s, 0], closed: false };
      case "NormalHead": return { pts: [0.5 * s, s, 0, 0, -0.5 * s, s], closed: true };
      case "VeeHead": return { pts: [0.5 * s, s, 0, 0, -0.5 * s, s, 0, 0.5 * s], closed: true };
      default: return { pts: [0.5 * s, s, 0, 0, -0.5 * s, s], closed: false }; // OpenHead
    }
  }

  paint(g: Graphics, i: number, tx: number, ty: number, angle: number): void {
    const { pts, closed } = this.outline(i);
    const c = Math.cos(angle), sn = Math.sin(angle);
    const screen: number[] = [];
    for (let k = 0; k < pts.length; k += 2) {
      const x = pts[k]!, y = pts[k + 1]!;
      screen.push(tx + c * x - sn * y, ty + sn * x + c * y);
    }
    if (!screen.every(isFinite)) return;
    const f = this.fill;
    if (closed && f != null && f.alpha[i]! > 0) { g.poly(screen, true); g.fill({ color: f.rgb[i]!, alpha: f.alpha[i]! }); }
    const w = Number(spec_at(this.width, i));
    if (this.line.alpha[i]! > 0 && w > 0) {
      const style = { color: this.line.rgb[i]!, alpha: this.line.alpha[i]!, width: w, join: this.join };
      stroke_polyline(g, closed ? [...screen, screen[0]!, screen[1]!] : screen, style, this.dash);
    }
  }
}
