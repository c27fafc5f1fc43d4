// Tool behaviours driven by the toolbar's pointer dispatch.
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { BOKEH_ICONS } from "./bokeh_icons.ts";

export interface Pointer { readonly sx: number; readonly sy: number; readonly shift: boolean; readonly ctrl: boolean }

/** BokehJS's gesture groups; "multi" tools (the edit tools) take taps, drags, presses and keys at once. */
export type ToolKind = "drag" | "scroll" | "inspect" | "tap" | "multi" | "action";

export interface Tool {
  readonly kind: ToolKind;
  readonly model: ModelSnap;
  readonly icon: string;
  readonly label: string;
  down?(p: Pointer): void;
  move?(p: Pointer): void;
  up?(p: Pointer): void;
  wheel?(p: Pointer, delta: number): void;
  hover?(p: Pointer): void;
  leave?(): void;
  tap?(p: Pointer): void;
  /** BokehJS's press: the pointer held still for PRESS_MS (edit tools start/end drawing with it). */
  press?(p: Pointer): void;
  /** Pointer moved with no button down (PolyDraw's rubber band, PolySelect). */
  move_free?(p: Pointer): void;
  /** A key released while the pointer is over the plot (Backspace, Escape, Enter). */
  key?(key: string, p: Pointer): void;
  /** Annotations' interactions come before the active drag tool: true when this tool takes the drag at p. */
  grab?(p: Pointer): boolean;
  /** Redraw persistent drawings into the plot's tool_layer (after each layout). */
  render?(): void;
  run?(): void;
  /** Action tools drawn greyed out and inert (UndoTool/RedoTool with nothing to do). */
  disabled?(): boolean;
  activate?(): void;
  deactivate?(): void;
  update_model?(m: ModelSnap, r: Resolver): void;
}

/** BokehJS's UIGestures thresholds: a press is a pointer held this long; a drag starts past MOVE_PX. */
export const PRESS_MS = 300;
export const MOVE_PX = 5;

export function in_frame(t: ToolTarget, p: Pointer): boolean {
  const f = t.frame();
  return p.sx >= f.x && p.sx <= f.x + f.w && p.sy >= f.y && p.sy <= f.y + f.h;
}

/** Toolbar icons: BokehJS's own (inline SVG text drawn in currentColor), see bokeh_icons.ts. */
export const ICONS: Readonly<Record<string, string>> = BOKEH_ICONS;
