// Scatter markers on a 2D canvas context (the canvas backend; see MarkerLayer in scatter_canvas.ts).
import { MARKER_TYPES, draw_marker_2d, type MarkerContext2D } from "./markers.ts";

/** The per-point arrays the scatter keeps (positions are offsets from the scatter's origin). */
export interface MarkerArrays {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  readonly size: ArrayLike<number>;
  readonly angle: ArrayLike<number>;
  readonly lw: ArrayLike<number>;
  readonly marker: ArrayLike<number>;
  /** Packed colours: r | g << 8 | b << 16 | a << 24 (alpha 0: not painted). */
  readonly fill: ArrayLike<number>;
  readonly line: ArrayLike<number>;
}

/** The drawing calls the painter needs (a CanvasRenderingContext2D in the browser). */
export type MarkerContext = MarkerContext2D & Pick<CanvasRenderingContext2D, "save" | "restore" | "translate" | "rotate">;

/** Screen transform of the stored offsets: sx = ax * x + bx, sy = ay * y + by. */
export type Affine = readonly [number, number, number, number];

/** Visible frame in CSS px. */
export interface Frame { readonly x: number; readonly y: number; readonly w: number; readonly h: number }

const CIRCLE = MARKER_TYPES.indexOf("circle");

export const css_color = (v: number): string | null =>
  v >>> 24 === 0 ? null : `rgba(${v & 255},${(v >> 8) & 255},${(v >> 16) & 255},${(v >>> 24) / 255})`;

/**
 * Paint markers 0, step, 2 step, ... < n that can show inside the frame, one by one in data order.
 * Styles are set only when they change; a circle is traced as a lone arc (as BokehJS does), which
 * Chrome records and rasterises as an oval, several times faster than a general path.
 */
export function paint_markers(ctx: MarkerContext, m: MarkerArrays, n: number, step: number, t: Affine, f: Frame): void {
  const [ax, bx, ay, by] = t;
  const x0 = f.x, x1 = f.x + f.w, y0 = f.y, y1 = f.y + f.h;
  let last_fill = -1, last_line = -1, fill_s: string | null = null, line_s: string | null = null;
  let set_fill = "", set_line = "", set_lw = NaN; // what the context holds (draw_marker_2d sets its own)
  for (let i = 0; i < n; i += step) {
    const sx = ax * m.x[i]! + bx, sy = ay * m.y[i]! + by;
    const r = m.size[i]! / 2;
    if (sx < x0 - r - 2 || sx > x1 + r + 2 || sy < y0 - r - 2 || sy > y1 + r + 2 || isNaN(sx) || isNaN(sy)) continue;
    const fill = m.fill[i]!, line = m.line[i]!, lw = m.lw[i]!, code = m.marker[i]!;
    if (fill !== last_fill) { last_fill = fill; fill_s = css_color(fill); }
    if (line !== last_line) { last_line = line; line_s = css_color(line); }
    if (code === CIRCLE) {
      const stroke = line_s != null && lw > 0;
      if (fill_s == null && !stroke) continue;
      ctx.beginPath();
      ctx.arc(sx, sy, r, 0, 2 * Math.PI);
      if (fill_s != null) { if (set_fill !== fill_s) { ctx.fillStyle = set_fill = fill_s; } ctx.fill(); }
      if (stroke) {
        ctx.closePath();
        if (set_line !== line_s) { ctx.strokeStyle = set_line = line_s!; }
        if (set_lw !== lw) { ctx.lineWidth = set_lw = lw; }
        ctx.stroke();
      }
      continue;
    }
    set_fill = set_line = ""; set_lw = NaN;
    const type = MARKER_TYPES[code]!, ang = m.angle[i]!;
    if (ang !== 0) { ctx.save(); ctx.translate(sx, sy); ctx.rotate(-ang); draw_marker_2d(ctx, type, 0, 0, r, fill_s, line_s, lw); ctx.restore(); }
    else draw_marker_2d(ctx, type, sx, sy, r, fill_s, line_s, lw);
  }
}
