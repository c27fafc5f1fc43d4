// Dashed polylines: pixi Graphics has no dash support, so split paths in screen space.
import type { Graphics } from "pixi.js";

export interface Stroke { color: number; alpha: number; width: number; cap?: "butt" | "round" | "square"; join?: "miter" | "round" | "bevel" }

/** Stroke a polyline given as flat [x0,y0,x1,y1,...] screen coordinates; NaN breaks the line. */
export function stroke_polyline(g: Graphics, pts: ArrayLike<number>, style: Stroke, dash: readonly number[]): void {
  const n = pts.length / 2;
  if (dash.length === 0) {
    let open = false, count = 0;
    for (let i = 0; i < n; i++) {
      const x = pts[2 * i]!, y = pts[2 * i + 1]!;
      if (!isFinite(x) || !isFinite(y)) { open = false; continue; }
      if (!open) { g.moveTo(x, y); open = true; } else g.lineTo(x, y);
      if (++count >= 20000) { g.stroke(style); count = 0; g.moveTo(x, y); }
    }
    g.stroke(style);
    return;
  }
  const pattern = dash.length % 2 === 1 ? [...dash, ...dash] : dash;
  let k = 0, left = pattern[0]!, on = true;
  let px = NaN, py = NaN;
  for (let i = 0; i < n; i++) {
    const x = pts[2 * i]!, y = pts[2 * i + 1]!;
    if (!isFinite(x) || !isFinite(y)) { px = NaN; continue; }
    if (isNaN(px)) { px = x; py = y; if (on) g.moveTo(x, y); continue; }
    let seg = Math.hypot(x - px, y - py);
    let cx = px, cy = py;
    while (seg > 0) {
      const step = Math.min(seg, left);
      const t = step / seg;
      const nx = cx + (x - cx) * t, ny = cy + (y - cy) * t;
      if (on) g.lineTo(nx, ny); else g.moveTo(nx, ny);
      seg -= step; left -= step; cx = nx; cy = ny;
      if (left <= 1e-9) { k = (k + 1) % pattern.length; left = pattern[k]!; on = !on; if (on) g.moveTo(cx, cy); }
    }
    px = x; py = y;
  }
  g.stroke(style);
}
