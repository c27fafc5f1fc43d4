import { define, p } from "../../core/model.ts";
import { Bool, Enum, NonNegativeInt, Number as Num, Or } from "../../core/kinds.ts";
import { AnyRef, PartialStruct } from "../layouts/kinds.ts";
import { GestureTool } from "./gesture_tool.ts";
import { RenderersOrAuto } from "./select_tool.ts";
import { Dimensions } from "../renderers/kinds.ts";

export const KeyModifiers = PartialStruct({ shift: Bool, ctrl: Bool, alt: Bool });

export class WheelZoomTool extends define("WheelZoomTool", GestureTool, {
  dimensions: p(Dimensions, "both"),
  renderers: p(RenderersOrAuto, "auto"),
  level: p(NonNegativeInt, 0),
  hit_test: p(Bool, false),
  hit_test_mode: p(Enum("point", "hline", "vline"), "point"),
  hit_test_behavior: p(Or(AnyRef, Enum("only_hit")), "only_hit"),
  maintain_focus: p(Bool, true),
  zoom_on_axis: p(Bool, true),
  zoom_together: p(Enum("none", "cross", "all"), "all"),
  speed: p(Num, 1 / 600),
  modifiers: p(KeyModifiers, () => ({})),
}) {}
