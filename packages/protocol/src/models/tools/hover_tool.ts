import { define, p } from "../../core/model.ts";
import { AnyPlain, Bool, Dict, Enum, Int, List, Nullable, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { InspectTool } from "./inspect_tool.ts";
import { RenderersOrAuto } from "./select_tool.ts";
import { TextAnchorName } from "../renderers/kinds.ts";

export type Tooltips = string | Array<[string, string]>;
export const TooltipsKind = Nullable(Or(Str, List(Tuple(Str, Str)), AnyRef));
export const HoverFormatter = Or(Enum("raw", "basic", "numeral", "printf", "datetime"), AnyRef);

export class HoverTool extends define("HoverTool", InspectTool, {
  tooltips: p(TooltipsKind, (): Array<[string, string]> => [["index", "$index"], ["data (x, y)", "($x, $y)"], ["screen (x, y)", "($sx, $sy)"]]),
  formatters: p(Dict(HoverFormatter), () => ({})),
  filters: p(Dict(Or(AnyRef, List(AnyRef))), () => ({})),
  sort_by: p(Nullable(AnyPlain), null),
  limit: p(Nullable(Int), null),
  renderers: p(RenderersOrAuto, "auto"),
  mode: p(Enum("mouse", "hline", "vline"), "mouse"),
  muted_policy: p(Enum("show", "ignore"), "show"),
  point_policy: p(Enum("snap_to_data", "follow_mouse", "none"), "snap_to_data"),
  line_policy: p(Enum("prev", "next", "nearest", "interp", "none"), "nearest"),
  show_arrow: p(Bool, true),
  anchor: p(TextAnchorName, "center"),
  attachment: p(Enum("horizontal", "vertical", "left", "right", "above", "below"), "horizontal"),
  callback: p(Nullable(AnyRef), null),
}) {}
