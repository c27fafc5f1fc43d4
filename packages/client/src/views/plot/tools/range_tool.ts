// RangeTool: its overlay box shows the linked x_range/y_range over this plot; dragging the
// box moves them and dragging an edge resizes them (BokehJS's editable BoxAnnotation), and
// the linked ranges go to the document (and so to the server and the other viewers).
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { parse_color } from "../../../format/color.ts";
import { stroke_polyline } from "../glyphs/dash.ts";
import { in_frame, ICONS, type Pointer, type Tool } from "./tool.ts";

/** How close (CSS px) to an edge a drag resizes instead of moving (BokehJS's EDGE_TOLERANCE is 2.5; a pointer needs more). */
const EDGE_PX = 4;

type Part = "move" | "left" | "right" | "top" | "bottom";

/** What a drag at screen (sx, sy) does to a box [x0, x1] x [y0, y1] (screen px; y0 < y1); null: not on it. */
export function box_part(sx: number, sy: number, b: { x0: number; x1: number; y0: number; y1: number }, has_x: boolean, has_y: boolean): Part | null {
  const inside_y = sy >= b.y0 - EDGE_PX && sy <= b.y1 + EDGE_PX, inside_x = sx >= b.x0 - EDGE_PX && sx <= b.x1 + EDGE_PX;
  if (has_x && inside_y && Math.abs(sx - b.x0) <= EDGE_PX) return "left";
  if (has_x && inside_y && Math.abs(sx - b.x1) <= EDGE_PX) return "right";
  if (has_y && inside_x && Math.abs(sy - b.y0) <= EDGE_PX) return "top";
  if (has_y && inside_x && Math.abs(sy - b.y1) <= EDGE_PX) return "bottom";
  return sx > b.x0 && sx < b.x1 && sy > b.y0 && sy < b.y1 ? "move" : null;
}

export class RangeTool implements Tool {
  // an on/off toggle, like an inspector: on (its default `active`), the overlay can be dragged
  readonly kind = "inspect";
  readonly icon = ICONS["range"]!;
  readonly label = "Range Tool";
  /** The drag: its part, where it started, and the linked ranges' screen spans then (moves are totals from there). */
  private drag: { part: Part; origin: Pointer; x: [number, number] | null; y: [number, number] | null } | null = null;

  constructor(public model: ModelSnap, private readonly t: ToolTarget, private r: Resolver) {}
  update_model(m: ModelSnap, r: Resolver): void { this.model = m; this.r = r; }

  private ranges(): { x: ModelSnap | null; y: ModelSnap | null } {
    return { x: this.r.ref(this.model, "x_range"), y: this.r.ref(this.model, "y_range") };
  }

  /** The box in screen px: the linked ranges through this plot's scales, the frame where a range is unset. */
  private box(): { x0: number; x1: number; y0: number; y1: number } | null {
    const { x, y } = this.ranges();
    if (x == null && y == null) return null;
    const f = this.t.frame(), xs = this.t.x_scale(), ys = this.t.y_scale();
    const num = (m: ModelSnap, k: string) => attr<number>(m, k);
    const [x0, x1] = x != null ? [xs.compute(num(x, "start")), xs.compute(num(x, "end"))].sort((a, b) => a - b) as [number, number] : [f.x, f.x + f.w];
    const [y0, y1] = y != null ? [ys.compute(num(y, "start")), ys.compute(num(y, "end"))].sort((a, b) => a - b) as [number, number] : [f.y, f.y + f.h];
    if (![x0, x1, y0, y1].every(Number.isFinite)) return null;
    return { x0, x1, y0, y1 };
  }

  render(): void {
    const g = this.t.tool_layer, b = this.box();
    if (b == null) return;
    const ov = this.r.ref(this.model, "overlay");
    const fill = parse_color(ov != null ? attr(ov, "fill_color") : "lightgrey") ?? { rgb: 0xd3d3d3, alpha: 1 };
    const line = parse_color(ov != null ? attr(ov, "line_color") : "black") ?? { rgb: 0, alpha: 1 };
    const fa = ov != null ? attr<number>(ov, "fill_alpha") ?? 0.5 : 0.5, la = ov != null ? attr<number>(ov, "line_alpha") ?? 1 : 1;
    const lw = ov != null ? attr<number>(ov, "line_width") ?? 0.5 : 0.5;
    // the box never leaves the frame (BokehJS's *_limit = the frame's edges)
    const f = this.t.frame();
    const x0 = Math.max(b.x0, f.x), x1 = Math.min(b.x1, f.x + f.w), y0 = Math.max(b.y0, f.y), y1 = Math.min(b.y1, f.y + f.h);
    if (x1 <= x0 || y1 <= y0) return;
    g.rect(x0, y0, x1 - x0, y1 - y0).fill({ color: fill.rgb, alpha: fill.alpha * fa });
    const dash = ov != null ? attr<unknown>(ov, "line_dash") : [2, 2];
    if (lw > 0) stroke_polyline(g, [x0, y0, x1, y0, x1, y1, x0, y1, x0, y0], { color: line.rgb, alpha: line.alpha * la, width: lw }, Array.isArray(dash) ? dash as number[] : []);
  }

  grab(p: Pointer): boolean {
    const b = this.box();
    if (b == null || !in_frame(this.t, p)) return false;
    const { x, y } = this.ranges();
    const xi = attr<boolean>(this.model, "x_interaction") !== false, yi = attr<boolean>(this.model, "y_interaction") !== false;
    const part = box_part(p.sx, p.sy, b, x != null && xi, y != null && yi);
    if (part == null) return false;
    const span = (m: ModelSnap | null, sc: { compute(v: number): number }): [number, number] | null => m == null ? null : [sc.compute(attr<number>(m, "start")), sc.compute(attr<number>(m, "end"))];
    this.drag = { part, origin: p, x: span(x, this.t.x_scale()), y: span(y, this.t.y_scale()) };
    return true;
  }

  move(p: Pointer): void {
    const d = this.drag;
    if (d == null) return;
    const dx = p.sx - d.origin.sx, dy = p.sy - d.origin.sy;
    const { x, y } = this.ranges();
    const xs = this.t.x_scale(), ys = this.t.y_scale(), f = this.t.frame();
    const xi = attr<boolean>(this.model, "x_interaction") !== false, yi = attr<boolean>(this.model, "y_interaction") !== false;
    const shift = (m: ModelSnap, scale: { invert(s: number): number }, lo: number, hi: number, ds: number, which: "both" | "start" | "end") => {
      const span = m === x ? d.x : d.y;
      if (span == null) return;
      const [s0, s1] = span;
      let n0 = which !== "end" ? s0 + ds : s0, n1 = which !== "start" ? s1 + ds : s1;
      // a moved box stops at the frame's edges
      const a = Math.min(n0, n1), z = Math.max(n0, n1);
      if (which === "both" && a < lo) { n0 += lo - a; n1 += lo - a; }
      if (which === "both" && z > hi) { n0 -= z - hi; n1 -= z - hi; }
      this.t.set_range(m.id, scale.invert(n0), scale.invert(n1));
    };
    // the start end of a y range is at the bottom: screen y grows downwards
    const y_end = (part: Part) => (part === "top" ? "end" : "start");
    if (d.part === "move") {
      if (x != null && xi) shift(x, xs, f.x, f.x + f.w, dx, "both");
      if (y != null && yi) shift(y, ys, f.y, f.y + f.h, dy, "both");
    } else if (d.part === "left" || d.part === "right") {
      if (x != null) shift(x, xs, f.x, f.x + f.w, dx, d.part === "left" ? "start" : "end");
    } else if (y != null) shift(y, ys, f.y, f.y + f.h, dy, y_end(d.part));
  }
  up(p: Pointer): void { this.move(p); this.drag = null; }
}
