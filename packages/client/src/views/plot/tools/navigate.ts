// PanTool, WheelZoomTool, WheelPanTool, BoxZoomTool, ZoomIn/OutTool.
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { in_frame, ICONS, type Pointer, type Tool } from "./tool.ts";

type Dims = "both" | "width" | "height";
const dims = (m: ModelSnap): Dims => (attr<Dims>(m, "dimensions") ?? "both");

export class PanTool implements Tool {
  readonly kind = "drag";
  /** BokehJS picks the x-/y- variant of the icon for dimensions "width"/"height". */
  get icon(): string { const d = attr<string>(this.model, "dimensions"); return ICONS[d === "width" ? "x_pan" : d === "height" ? "y_pan" : "pan"]!; }
  readonly label = "Pan";
  private last: Pointer | null = null;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  down(p: Pointer): void {
    if (!in_frame(this.t, p)) return;
    this.last = p;
    this.t.emit({ event_name: "panstart", sx: p.sx, sy: p.sy });
  }
  move(p: Pointer): void {
    if (this.last == null) return;
    const dx = p.sx - this.last.sx, dy = p.sy - this.last.sy;
    this.last = p;
    const f = this.t.frame(), d = dims(this.model);
    this.t.set_screen_ranges(d !== "height" ? [f.x - dx, f.x + f.w - dx] : null, d !== "width" ? [f.y - dy, f.y + f.h - dy] : null);
  }
  up(p: Pointer): void {
    if (this.last != null) this.t.emit({ event_name: "panend", sx: p.sx, sy: p.sy });
    this.last = null;
  }
}

/** Screen interval [a, b] zoomed about c by factor s (s < 1 zooms in). */
export function zoom_interval(a: number, b: number, c: number, s: number): [number, number] {
  return [c - (c - a) * s, c + (b - c) * s];
}

export class WheelZoomTool implements Tool {
  readonly kind = "scroll";
  readonly icon = ICONS["wheel_zoom"]!;
  readonly label = "Wheel Zoom";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  wheel(p: Pointer, delta: number): void {
    const f = this.t.frame();
    const speed = attr<number>(this.model, "speed") ?? 1 / 600;
    const factor = Math.min(Math.max(1 + delta * speed, 0.1), 10);
    const d = dims(this.model);
    // zoom on an axis when the pointer is over it (zoom_on_axis)
    const over_x_axis = p.sy > f.y + f.h, over_y_axis = p.sx < f.x || p.sx > f.x + f.w;
    const zx = d !== "height" && !over_y_axis, zy = d !== "width" && !over_x_axis;
    this.t.set_screen_ranges(zx ? zoom_interval(f.x, f.x + f.w, p.sx, factor) : null, zy ? zoom_interval(f.y, f.y + f.h, p.sy, factor) : null);
    this.t.emit({ event_name: "wheel", sx: p.sx, sy: p.sy, delta });
  }
}

/** WheelPanTool: the wheel moves the ranges along `dimension` by speed * delta of the frame (BokehJS clamps to ±0.9). */
export class WheelPanTool implements Tool {
  readonly kind = "scroll";
  readonly icon = ICONS["wheel_pan"]!;
  readonly label = "Wheel Pan";
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  wheel(_p: Pointer, delta: number): void {
    const f = this.t.frame();
    // BokehJS's scroll delta is -deltaY; its internal speed is 1/1000
    const factor = Math.min(Math.max(-delta / 1000, -0.9), 0.9);
    if (attr<string>(this.model, "dimension") === "height") this.t.set_screen_ranges(null, [f.y - f.h * factor, f.y + f.h - f.h * factor]);
    else this.t.set_screen_ranges([f.x - f.w * factor, f.x + f.w - f.w * factor], null);
  }
}

/** ZoomInTool / ZoomOutTool: the ranges scaled about the frame's centre by 1 - factor (in) or 1 + factor (out). */
export class ZoomButtonTool implements Tool {
  readonly kind = "action";
  readonly icon: string;
  readonly label: string;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget, private readonly dir: "in" | "out") {
    this.icon = ICONS[dir === "in" ? "zoom_in" : "zoom_out"]!;
    this.label = dir === "in" ? "Zoom In" : "Zoom Out";
  }
  run(): void {
    const f = this.t.frame(), d = dims(this.model);
    const k = attr<number>(this.model, "factor") ?? 0.1;
    const s = this.dir === "in" ? 1 - k : 1 + k;
    this.t.set_screen_ranges(d !== "height" ? zoom_interval(f.x, f.x + f.w, f.x + f.w / 2, s) : null, d !== "width" ? zoom_interval(f.y, f.y + f.h, f.y + f.h / 2, s) : null);
  }
}

/** Rectangle dragged inside the frame, clamped and constrained by `dimensions`. */
export function drag_rect(t: ToolTarget, a: Pointer, b: Pointer, d: Dims): [number, number, number, number] {
  const f = t.frame();
  const cx = (v: number) => Math.min(Math.max(v, f.x), f.x + f.w), cy = (v: number) => Math.min(Math.max(v, f.y), f.y + f.h);
  let x0 = cx(Math.min(a.sx, b.sx)), x1 = cx(Math.max(a.sx, b.sx)), y0 = cy(Math.min(a.sy, b.sy)), y1 = cy(Math.max(a.sy, b.sy));
  if (d === "width") { y0 = f.y; y1 = f.y + f.h; }
  if (d === "height") { x0 = f.x; x1 = f.x + f.w; }
  return [x0, y0, x1, y1];
}

export class BoxZoomTool implements Tool {
  readonly kind = "drag";
  /** BokehJS picks the x-/y- variant of the icon for dimensions "width"/"height". */
  get icon(): string { const d = attr<string>(this.model, "dimensions"); return ICONS[d === "width" ? "x_box_zoom" : d === "height" ? "y_box_zoom" : "box_zoom"]!; }
  readonly label = "Box Zoom";
  private start: Pointer | null = null;
  constructor(readonly model: ModelSnap, private readonly t: ToolTarget) {}
  down(p: Pointer): void { if (in_frame(this.t, p)) this.start = p; }
  move(p: Pointer): void {
    if (this.start == null) return;
    const [x0, y0, x1, y1] = drag_rect(this.t, this.start, p, dims(this.model));
    this.t.overlay.clear().rect(x0, y0, x1 - x0, y1 - y0).fill({ color: 0xd3d3d3, alpha: 0.5 }).stroke({ color: 0x000000, alpha: 1, width: 2 });
    this.t.request_render();
  }
  up(p: Pointer): void {
    if (this.start == null) return;
    const [x0, y0, x1, y1] = drag_rect(this.t, this.start, p, dims(this.model));
    this.start = null;
    this.t.overlay.clear();
    if (x1 - x0 > 2 && y1 - y0 > 2) this.t.set_screen_ranges([x0, x1], [y0, y1]);
    else this.t.request_render();
  }
}
