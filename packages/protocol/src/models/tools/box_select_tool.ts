import { define, p } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { RegionSelectTool } from "./region_select_tool.ts";
import { BoxAnnotation } from "../annotations/box_annotation.ts";
import { Dimensions } from "../renderers/kinds.ts";
import { BoxOrigin } from "./box_zoom_tool.ts";
import { default_box_overlay } from "./overlays.ts";

export class BoxSelectTool extends define("BoxSelectTool", RegionSelectTool, {
  dimensions: p(Dimensions, "both"),
  overlay: p(Ref(() => BoxAnnotation), () => default_box_overlay("data", true)),
  origin: p(BoxOrigin, "corner"),
}) {}
