// TapTool, BoxSelectTool, LassoSelectTool, PolySelectTool.
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { in_frame, ICONS, type Pointer, type Tool } from "./tool.ts";
import { drag_rect } from "./navigate.ts";
import { stroke_polyline } from "../glyphs/dash.ts";

export class TapTool implements Tool {
  readonly kind = "tap";
  readonly icon = ICONS["tap"]!;
  readonly label = "Tap";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  tap(p: Pointer): void {
    if (!in_frame(this.t, p)) return;
    const hits = this.t.hit(p.sx, p.sy);
    if (attr<string>(this.model, "behavior") !== "inspect") this.t.select(hits.map((h) => ({ ...h, indices: h.indices.slice(-1) })), p.shift);
    const xs = this.t.x_scale(), ys = this.t.y_scale();
    this.t.emit({ event_name: "tap", sx: p.sx, sy: p.sy, x: xs.invert(p.sx), y: ys.invert(p.sy) });
  }
}

export class BoxSelectTool implements Tool {
  readonly kind = "drag";
  /** BokehJS picks the x-/y- variant of the icon for dimensions "width"/"height". */
  get icon(): string { const d = attr<string>(this.model, "dimensions"); return ICONS[d === "width" ? "x_box_select" : d === "height" ? "y_box_select" : "box_select"]!; }
  readonly label = "Box Select";
  private start: Pointer | null = null;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  down(p: Pointer): void { if (in_frame(this.t, p)) this.start = p; }
  move(p: Pointer): void {
    if (this.start == null) return;
    const [x0, y0, x1, y1] = drag_rect(this.t, this.start, p, attr(this.model, "dimensions") ?? "both");
    this.t.overlay.clear().rect(x0, y0, x1 - x0, y1 - y0).fill({ color: 0xd3d3d3, alpha: 0.5 }).stroke({ color: 0x000000, width: 2 });
    this.t.request_render();
  }
  up(p: Pointer): void {
    if (this.start == null) return;
    const [x0, y0, x1, y1] = drag_rect(this.t, this.start, p, attr(this.model, "dimensions") ?? "both");
    this.start = null;
    this.t.overlay.clear();
    this.t.request_render();
    this.t.select(this.t.hit_poly([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]), p.shift);
  }
}

export class LassoSelectTool implements Tool {
  readonly kind = "drag";
  readonly icon = ICONS["lasso_select"]!;
  readonly label = "Lasso Select";
  private path: Array<[number, number]> | null = null;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  down(p: Pointer): void { if (in_frame(this.t, p)) this.path = [[p.sx, p.sy]]; }
  move(p: Pointer): void {
    if (this.path == null) return;
    this.path.push([p.sx, p.sy]);
    this.t.overlay.clear().poly(this.path.flat(), true).fill({ color: 0xd3d3d3, alpha: 0.5 }).stroke({ color: 0x000000, width: 2 });
    this.t.request_render();
  }
  up(p: Pointer): void {
    if (this.path == null) return;
    const poly = this.path;
    this.path = null;
    this.t.overlay.clear();
    this.t.request_render();
    if (poly.length > 2) this.t.select(this.t.hit_poly(poly), p.shift);
  }
}

/**
 * PolySelectTool (a tap tool in BokehJS): each tap adds a vertex; a press (or Enter) selects what
 * the polygon holds and ends it; Escape drops it.
 */
export class PolySelectTool implements Tool {
  readonly kind = "tap";
  readonly icon = ICONS["polygon_select"]!;
  readonly label = "Poly Select";
  private poly: Array<[number, number]> = [];
  private cursor: Pointer | null = null;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  private draw(): void {
    const pts = this.cursor != null && this.poly.length > 0 ? [...this.poly, [this.cursor.sx, this.cursor.sy] as [number, number]] : this.poly;
    this.t.overlay.clear();
    // BokehJS's DEFAULT_POLY_OVERLAY: lightgrey at 0.5, a black 2px line dashed [4, 4]
    if (pts.length > 1) {
      this.t.overlay.poly(pts.flat(), true).fill({ color: 0xd3d3d3, alpha: 0.5 });
      stroke_polyline(this.t.overlay, [...pts.flat(), ...pts[0]!], { color: 0x000000, alpha: 1, width: 2 }, [4, 4]);
    }
    this.t.request_render();
  }
  tap(p: Pointer): void {
    if (!in_frame(this.t, p)) return;
    this.poly.push([p.sx, p.sy]);
    this.draw();
  }
  move_free(p: Pointer): void { if (this.poly.length > 0) { this.cursor = p; this.draw(); } }
  press(p: Pointer): void { this.finish(p.shift); }
  private finish(append: boolean): void {
    const poly = this.poly;
    this.poly = []; this.cursor = null;
    this.draw();
    if (poly.length > 2) this.t.select(this.t.hit_poly(poly), append);
  }
  key(key: string, p: Pointer): void {
    if (key === "Enter") this.finish(p.shift);
    else if (key === "Escape") { this.poly = []; this.cursor = null; this.draw(); }
  }
  deactivate(): void { this.poly = []; this.cursor = null; this.draw(); }
}
