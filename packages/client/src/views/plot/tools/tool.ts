// Tool behaviours driven by the toolbar's pointer dispatch.
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";

export interface Pointer { readonly sx: number; readonly sy: number; readonly shift: boolean; readonly ctrl: boolean }

export type ToolKind = "drag" | "scroll" | "inspect" | "tap" | "action";

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
  run?(): void;
  deactivate?(): void;
  update_model?(m: ModelSnap, r: Resolver): void;
}

export function in_frame(t: ToolTarget, p: Pointer): boolean {
  const f = t.frame();
  return p.sx >= f.x && p.sx <= f.x + f.w && p.sy >= f.y && p.sy <= f.y + f.h;
}

/** Small inline SVG icons (24x24 viewBox). */
export const ICONS: Record<string, string> = {
  pan: '<path d="M12 2l3 3h-2v6h6V9l3 3-3 3v-2h-6v6h2l-3 3-3-3h2v-6H5v2l-3-3 3-3v2h6V5H9z"/>',
  wheel_zoom: '<circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M14.5 14.5L21 21" stroke="currentColor" stroke-width="2.5"/><path d="M10 6v8M6 10h8" stroke="currentColor" stroke-width="1.5"/>',
  box_zoom: '<rect x="3" y="3" width="13" height="13" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/><circle cx="16" cy="16" r="3.5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M18.5 18.5L22 22" stroke="currentColor" stroke-width="2"/>',
  reset: '<path d="M12 4a8 8 0 1 1-7.5 5.2" fill="none" stroke="currentColor" stroke-width="2"/><path d="M2 4l3 6 5-4z"/>',
  save: '<path d="M4 3h13l4 4v14H4z" fill="none" stroke="currentColor" stroke-width="2"/><rect x="8" y="3" width="8" height="6"/><rect x="7" y="13" width="11" height="6" fill="none" stroke="currentColor" stroke-width="1.5"/>',
  hover: '<path d="M3 4h18v11H10l-4 4v-4H3z" fill="none" stroke="currentColor" stroke-width="2"/><path d="M7 8h10M7 11h6" stroke="currentColor" stroke-width="1.5"/>',
  tap: '<path d="M9 3v10l-2-2-2 2 5 7h8l2-8-7-2V3z" fill="none" stroke="currentColor" stroke-width="1.8"/>',
  box_select: '<rect x="3" y="3" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="4 2"/><rect x="8" y="8" width="3" height="3"/><rect x="13" y="12" width="3" height="3"/>',
  lasso_select: '<path d="M5 12c0-5 14-7 15-2s-8 7-11 5" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/><path d="M9 15l-2 6" stroke="currentColor" stroke-width="2"/>',
  crosshair: '<path d="M12 2v20M2 12h20" stroke="currentColor" stroke-width="2"/>',
  zoom_in: '<circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M14.5 14.5L21 21M10 7v6M7 10h6" stroke="currentColor" stroke-width="2"/>',
  zoom_out: '<circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M14.5 14.5L21 21M7 10h6" stroke="currentColor" stroke-width="2"/>',
};
