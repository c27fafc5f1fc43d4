/** bokeh.plotting._tools: tool names ("pan,wheel_zoom") to tool models, and the active_* options. */
import { ErrorCode, ValidationError } from "../../errors.ts";
import { Tool } from "../tools/tool.ts";
import { PanTool } from "../tools/pan_tool.ts";
import { WheelZoomTool } from "../tools/wheel_zoom_tool.ts";
import { BoxZoomTool } from "../tools/box_zoom_tool.ts";
import { ResetTool } from "../tools/reset_tool.ts";
import { SaveTool } from "../tools/save_tool.ts";
import { HelpTool } from "../tools/help_tool.ts";
import { HoverTool, type Tooltips } from "../tools/hover_tool.ts";
import { TapTool } from "../tools/tap_tool.ts";
import { BoxSelectTool } from "../tools/box_select_tool.ts";
import { LassoSelectTool } from "../tools/lasso_select_tool.ts";
import { CrosshairTool } from "../tools/crosshair_tool.ts";
import type { Toolbar } from "../tools/toolbar.ts";
import { ClickPanTool, CopyTool, ExamineTool, FreehandDrawTool, FullscreenTool, PolySelectTool, RedoTool, UndoTool, WheelPanTool, ZoomInTool, ZoomOutTool } from "../catalog/models.gen.ts";

/** bokeh.plotting's DEFAULT_TOOLS. */
export const DEFAULT_TOOLS = "pan,wheel_zoom,box_zoom,save,reset,help";

/** Tool aliases: every name BokehJS 3.10 registers (Tool.register_alias), so `tools="undo,zoom_in"` works as in Bokeh. */
export const TOOL_ALIASES: Readonly<Record<string, () => Tool>> = {
  pan: () => new PanTool({ dimensions: "both" }),
  xpan: () => new PanTool({ dimensions: "width" }),
  ypan: () => new PanTool({ dimensions: "height" }),
  wheel_zoom: () => new WheelZoomTool({ dimensions: "both" }),
  xwheel_zoom: () => new WheelZoomTool({ dimensions: "width" }),
  ywheel_zoom: () => new WheelZoomTool({ dimensions: "height" }),
  box_zoom: () => new BoxZoomTool({ dimensions: "both" }),
  xbox_zoom: () => new BoxZoomTool({ dimensions: "width" }),
  ybox_zoom: () => new BoxZoomTool({ dimensions: "height" }),
  auto_box_zoom: () => new BoxZoomTool({ dimensions: "auto" }),
  save: () => new SaveTool(),
  reset: () => new ResetTool(),
  help: () => new HelpTool(),
  hover: () => new HoverTool(),
  tap: () => new TapTool(),
  doubletap: () => new TapTool({ gesture: "doubletap" }),
  click: () => new TapTool({ behavior: "inspect" }),
  box_select: () => new BoxSelectTool(),
  xbox_select: () => new BoxSelectTool({ dimensions: "width" }),
  ybox_select: () => new BoxSelectTool({ dimensions: "height" }),
  lasso_select: () => new LassoSelectTool(),
  crosshair: () => new CrosshairTool(),
  xcrosshair: () => new CrosshairTool({ dimensions: "width" }),
  ycrosshair: () => new CrosshairTool({ dimensions: "height" }),
  xwheel_pan: () => new WheelPanTool({ dimension: "width" }),
  ywheel_pan: () => new WheelPanTool({ dimension: "height" }),
  zoom_in: () => new ZoomInTool({ dimensions: "both" }),
  xzoom_in: () => new ZoomInTool({ dimensions: "width" }),
  yzoom_in: () => new ZoomInTool({ dimensions: "height" }),
  zoom_out: () => new ZoomOutTool({ dimensions: "both" }),
  xzoom_out: () => new ZoomOutTool({ dimensions: "width" }),
  yzoom_out: () => new ZoomOutTool({ dimensions: "height" }),
  poly_select: () => new PolySelectTool(),
  freehand_draw: () => new FreehandDrawTool(),
  undo: () => new UndoTool(),
  redo: () => new RedoTool(),
  copy: () => new CopyTool(),
  fullscreen: () => new FullscreenTool(),
  examine: () => new ExamineTool(),
  pan_left: () => new ClickPanTool({ direction: "left" }),
  pan_right: () => new ClickPanTool({ direction: "right" }),
  pan_up: () => new ClickPanTool({ direction: "up" }),
  pan_down: () => new ClickPanTool({ direction: "down" }),
  pan_west: () => new ClickPanTool({ direction: "west" }),
  pan_east: () => new ClickPanTool({ direction: "east" }),
  pan_north: () => new ClickPanTool({ direction: "north" }),
  pan_south: () => new ClickPanTool({ direction: "south" }),
};

export type ToolsArg = string | ReadonlyArray<string | Tool>;
export type ActiveArg = "auto" | string | Tool | null;

function bad(message: string, details: Record<string, unknown> = {}): ValidationError {
  return new ValidationError(ErrorCode.BAD_VALUE, message, details);
}

/** process_tools_arg: the tool models, and a map from the names used to the tools made. */
export function process_tools_arg(tools: ToolsArg, tooltips?: Tooltips | null): { tools: Tool[]; tool_map: Map<string, Tool> } {
  const out: Tool[] = [];
  const tool_map = new Map<string, Tool>();
  const items = typeof tools === "string" ? tools.split(",").map((s) => s.trim()).filter((s) => s !== "") : [...tools];
  for (const item of items) {
    if (item instanceof Tool) {
      out.push(item);
    } else if (typeof item === "string") {
      const make = TOOL_ALIASES[item];
      if (make === undefined) {
        throw bad(`unexpected tool name '${item}', expected one of ${Object.keys(TOOL_ALIASES).join(", ")}`, { attr: "tools", received: item });
      }
      const tool = make();
      out.push(tool);
      tool_map.set(item, tool);
    } else {
      throw bad(`tools must be tool names or Tool models`, { attr: "tools" });
    }
  }
  if (tooltips != null) {
    let hover = out.find((t): t is HoverTool => t instanceof HoverTool);
    if (hover === undefined) {
      hover = new HoverTool();
      out.push(hover);
    }
    hover.tooltips = tooltips;
  }
  return { tools: out, tool_map };
}

export interface ActiveTools {
  active_drag?: ActiveArg;
  active_inspect?: ActiveArg | Tool[];
  active_scroll?: ActiveArg;
  active_tap?: ActiveArg;
  active_multi?: ActiveArg;
}

/** process_active_tools: "auto" leaves BokehJS's choice, a name picks the tool made for it. */
export function process_active_tools(toolbar: Toolbar, tool_map: ReadonlyMap<string, Tool>, active: ActiveTools): void {
  const resolve = (what: string, v: ActiveArg | Tool[] | undefined): Tool | Tool[] | null | "auto" | undefined => {
    if (v === undefined || v === "auto") return undefined;
    if (v === null || v instanceof Tool || Array.isArray(v)) return v;
    const t = tool_map.get(v);
    if (t === undefined) throw bad(`Got unknown tool '${v}' for ${what}; it must be one of the tools given`, { attr: what, received: v });
    return t;
  };
  const attrs: Record<string, unknown> = {};
  for (const k of ["active_drag", "active_inspect", "active_scroll", "active_tap", "active_multi"] as const) {
    const r = resolve(k, active[k]);
    if (r !== undefined) attrs[k] = r;
  }
  toolbar.setv(attrs);
}
