// The tools Dash's toolbar draws: model type -> tool behaviour and icon.
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { ICONS, type Tool } from "./tool.ts";
import { PanTool, WheelZoomTool, WheelPanTool, BoxZoomTool, ZoomButtonTool } from "./navigate.ts";
import { TapTool, BoxSelectTool, LassoSelectTool, PolySelectTool } from "./select.ts";
import { HoverTool, CrosshairTool, ResetTool, SaveTool } from "./inspect.ts";
import { PointDrawTool, BoxEditTool, FreehandDrawTool } from "./draw_tools.ts";
import { PolyDrawTool, PolyEditTool, LineEditTool } from "./poly_tools.ts";
import { RangeTool } from "./range_tool.ts";
import { CopyTool, FullscreenTool, HelpTool, RedoTool, UndoTool, type RangeHistory } from "./actions.ts";

type MakeTool = (m: ModelSnap, t: ToolTarget, r: Resolver, history: RangeHistory) => Tool;

const TOOLS: ReadonlyMap<string, MakeTool> = new Map<string, MakeTool>([
  ["PanTool", (m, t, r, history) => new PanTool(m, t)],
  ["WheelZoomTool", (m, t, r, history) => new WheelZoomTool(m, t)],
  ["WheelPanTool", (m, t, r, history) => new WheelPanTool(m, t)],
  ["BoxZoomTool", (m, t, r, history) => new BoxZoomTool(m, t)],
  ["ZoomInTool", (m, t, r, history) => new ZoomButtonTool(m, t, "in")],
  ["ZoomOutTool", (m, t, r, history) => new ZoomButtonTool(m, t, "out")],
  ["TapTool", (m, t, r, history) => new TapTool(m, t)],
  ["BoxSelectTool", (m, t, r, history) => new BoxSelectTool(m, t)],
  ["LassoSelectTool", (m, t, r, history) => new LassoSelectTool(m, t)],
  ["PolySelectTool", (m, t, r, history) => new PolySelectTool(m, t)],
  ["HoverTool", (m, t, r, history) => new HoverTool(m, t, r)],
  ["CrosshairTool", (m, t, r, history) => new CrosshairTool(m, t)],
  ["ResetTool", (m, t, r, history) => new ResetTool(m, t)],
  ["SaveTool", (m, t, r, history) => new SaveTool(m, t)],
  ["CopyTool", (m, t, r, history) => new CopyTool(m, t)],
  ["FullscreenTool", (m, t, r, history) => new FullscreenTool(m, t)],
  ["HelpTool", (m, t, r, history) => new HelpTool(m)],
  ["UndoTool", (m, t, r, history) => new UndoTool(m, t, history)],
  ["RedoTool", (m, t, r, history) => new RedoTool(m, t, history)],
  ["RangeTool", (m, t, r, history) => new RangeTool(m, t, r)],
  ["PointDrawTool", (m, t, r, history) => new PointDrawTool(m, t, r)],
  ["BoxEditTool", (m, t, r, history) => new BoxEditTool(m, t, r)],
  ["FreehandDrawTool", (m, t, r, history) => new FreehandDrawTool(m, t, r)],
  ["PolyDrawTool", (m, t, r, history) => new PolyDrawTool(m, t, r)],
  ["PolyEditTool", (m, t, r, history) => new PolyEditTool(m, t, r)],
  ["LineEditTool", (m, t, r, history) => new LineEditTool(m, t, r)],
]);

export function create_tool(m: ModelSnap, t: ToolTarget, r: Resolver, history: RangeHistory): Tool | null {
  return TOOLS.get(m.type)?.(m, t, r, history) ?? null;
}

/** The tool types Dash's toolbar runs, and the overlay models their defaults hold (the tools draw those themselves). */
export function tool_types(): string[] {
  return [...TOOLS.keys(), "PolyAnnotation"];
}

const ICON_OF: Readonly<Record<string, string>> = {
  PanTool: "pan", WheelZoomTool: "wheel_zoom", WheelPanTool: "wheel_pan", BoxZoomTool: "box_zoom", ZoomInTool: "zoom_in", ZoomOutTool: "zoom_out",
  TapTool: "tap", BoxSelectTool: "box_select", LassoSelectTool: "lasso_select", PolySelectTool: "polygon_select", HoverTool: "hover",
  CrosshairTool: "crosshair", ResetTool: "reset", SaveTool: "save", CopyTool: "copy", FullscreenTool: "fullscreen", HelpTool: "help",
  UndoTool: "undo", RedoTool: "redo", RangeTool: "range", PointDrawTool: "point_draw", BoxEditTool: "box_edit", FreehandDrawTool: "freehand_draw",
  PolyDrawTool: "poly_draw", PolyEditTool: "poly_edit", LineEditTool: "line_edit",
};

/** The toolbar icon (SVG text) of a tool model type, or null for tools Dash does not draw. */
export function tool_icon(type: string): string | null {
  const k = ICON_OF[type];
  return k == null ? null : ICONS[k] ?? null;
}

/** BokehJS's `default_order` of gesture tools: their order within a toolbar group. */
const DEFAULT_ORDER: Readonly<Record<string, number>> = {
  BoxEditTool: 1, PointDrawTool: 2, PolyDrawTool: 3, FreehandDrawTool: 3, PolyEditTool: 4, LineEditTool: 4, PanTool: 10, WheelZoomTool: 10,
  TapTool: 10, PolySelectTool: 11, WheelPanTool: 12, LassoSelectTool: 12, BoxZoomTool: 20, BoxSelectTool: 30, RangeTool: 40,
};

/**
 * Where BokehJS's toolbar puts a tool's button: the gesture groups (pan, scroll, tap, multi; each
 * sorted by default_order), then actions, then inspectors, in that order; a divider between groups.
 */
export function button_place(t: Tool): { group: number; order: number } {
  // RangeTool is a pan-role gesture tool in BokehJS (an on/off toggle in Dash)
  const group = t.model.type === "RangeTool" ? 0 : ({ drag: 0, scroll: 1, tap: 2, multi: 3, action: 4, inspect: 5 } as const)[t.kind];
  return { group, order: group < 4 ? DEFAULT_ORDER[t.model.type] ?? 0 : 0 };
}
