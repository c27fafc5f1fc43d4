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

export function create_tool(m: ModelSnap, t: ToolTarget, r: Resolver, history: RangeHistory): Tool | null {
  switch (m.type) {
    case "PanTool": return new PanTool(m, t);
    case "WheelZoomTool": return new WheelZoomTool(m, t);
    case "WheelPanTool": return new WheelPanTool(m, t);
    case "BoxZoomTool": return new BoxZoomTool(m, t);
    case "ZoomInTool": return new ZoomButtonTool(m, t, "in");
    case "ZoomOutTool": return new ZoomButtonTool(m, t, "out");
    case "TapTool": return new TapTool(m, t);
    case "BoxSelectTool": return new BoxSelectTool(m, t);
    case "LassoSelectTool": return new LassoSelectTool(m, t);
    case "PolySelectTool": return new PolySelectTool(m, t);
    case "HoverTool": return new HoverTool(m, t, r);
    case "CrosshairTool": return new CrosshairTool(m, t);
    case "ResetTool": return new ResetTool(m, t);
    case "SaveTool": return new SaveTool(m, t);
    case "CopyTool": return new CopyTool(m, t);
    case "FullscreenTool": return new FullscreenTool(m, t);
    case "HelpTool": return new HelpTool(m);
    case "UndoTool": return new UndoTool(m, t, history);
    case "RedoTool": return new RedoTool(m, t, history);
    case "RangeTool": return new RangeTool(m, t, r);
    case "PointDrawTool": return new PointDrawTool(m, t, r);
    case "BoxEditTool": return new BoxEditTool(m, t, r);
    case "FreehandDrawTool": return new FreehandDrawTool(m, t, r);
    case "PolyDrawTool": return new PolyDrawTool(m, t, r);
    case "PolyEditTool": return new PolyEditTool(m, t, r);
    case "LineEditTool": return new LineEditTool(m, t, r);
    default: return null;
  }
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
