import { define, p } from "../../core/model.ts";
import { Bool, Enum, Or, Ref } from "../../core/kinds.ts";
import { GestureTool } from "./gesture_tool.ts";
import { BoxAnnotation } from "../annotations/box_annotation.ts";
import { Auto, Dimensions } from "../renderers/kinds.ts";
import { default_box_overlay } from "./overlays.ts";

export const BoxOrigin = Enum("corner", "center");

export class BoxZoomTool extends define("BoxZoomTool", GestureTool, {
  dimensions: p(Or(Dimensions, Auto), "auto"),
  overlay: p(Ref(() => BoxAnnotation), () => default_box_overlay("canvas", false)),
  match_aspect: p(Bool, false),
  origin: p(BoxOrigin, "corner"),
}) {}
