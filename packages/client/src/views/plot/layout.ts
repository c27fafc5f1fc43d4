// Plot layout (bokehjs-like): the canvas is split into the frame and four side panels. Each side
// panel is at least min_border and holds its axes/title stacked outward from the frame.
import { attr, type ModelSnap } from "../../state/snapshot.ts";

export const TOOLBAR_SIZE = 30;

export interface Rect { x: number; y: number; w: number; h: number }

export interface PlotLayout {
  /** the pixi canvas size (CSS px) */
  readonly canvas: { w: number; h: number };
  /** where the canvas sits inside the plot element (toolbar on the left/above shifts it) */
  readonly canvas_offset: { x: number; y: number };
  readonly frame: Rect;
  readonly toolbar: Rect | null;
  readonly toolbar_location: string | null;
}

export type Panels = Record<"left" | "right" | "above" | "below", number>;

/**
 * `title_row`: the title's size when it sits above the frame; a toolbar above then shares the
 * title's row (BokehJS: title left, toolbar right-aligned, the row as tall as the taller of them).
 * `align`: panel sizes the plot's grid asks for so that the frames of a gridplot line up.
 */
export function plot_layout(plot: ModelSnap, panels: Panels, size?: { w: number; h: number }, title_row = 0, align?: Partial<Panels>): PlotLayout {
  const width = size?.w ?? attr<number>(plot, "width") ?? 600;
  const height = size?.h ?? attr<number>(plot, "height") ?? 600;
  const has_tools = plot.attrs["toolbar"] !== null;
  const loc = has_tools ? attr<string | null>(plot, "toolbar_location") : null;
  let cw = width, ch = height, ox = 0, oy = 0;
  let toolbar: Rect | null = null;
  if (loc === "right") { cw -= TOOLBAR_SIZE; toolbar = { x: cw, y: 0, w: TOOLBAR_SIZE, h: height }; }
  else if (loc === "left") { cw -= TOOLBAR_SIZE; ox = TOOLBAR_SIZE; toolbar = { x: 0, y: 0, w: TOOLBAR_SIZE, h: height }; }
  else if (loc === "above" && title_row > 0) toolbar = { x: 0, y: 0, w: width, h: TOOLBAR_SIZE };
  else if (loc === "above") { ch -= TOOLBAR_SIZE; oy = TOOLBAR_SIZE; toolbar = { x: 0, y: 0, w: width, h: TOOLBAR_SIZE }; }
  else if (loc === "below") { ch -= TOOLBAR_SIZE; toolbar = { x: 0, y: ch, w: width, h: TOOLBAR_SIZE }; }
  const mb = attr<number | null>(plot, "min_border") ?? 0;
  const border = (side: string) => attr<number | null>(plot, `min_border_${side}`) ?? mb;
  const above = loc === "above" && title_row > 0 ? panels.above + Math.max(0, TOOLBAR_SIZE - title_row) : panels.above;
  const left = Math.max(border("left"), panels.left, align?.left ?? 0);
  const right = Math.max(border("right"), panels.right, align?.right ?? 0);
  const top = Math.max(border("top"), above, align?.above ?? 0);
  const bottom = Math.max(border("bottom"), panels.below, align?.below ?? 0);
  const fw = attr<number | null>(plot, "frame_width"), fh = attr<number | null>(plot, "frame_height");
  const frame: Rect = { x: left, y: top, w: fw ?? Math.max(1, cw - left - right), h: fh ?? Math.max(1, ch - top - bottom) };
  if (fw != null) cw = left + fw + right;
  if (fh != null) ch = top + fh + bottom;
  return { canvas: { w: cw, h: ch }, canvas_offset: { x: ox, y: oy }, frame, toolbar, toolbar_location: loc };
}
