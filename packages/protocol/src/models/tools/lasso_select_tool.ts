import { define, p } from "../../core/model.ts";
import { Bool, Ref } from "../../core/kinds.ts";
import { RegionSelectTool } from "./region_select_tool.ts";
import { PolyAnnotation } from "../annotations/poly_annotation.ts";
import { default_poly_overlay } from "./overlays.ts";

export class LassoSelectTool extends define("LassoSelectTool", RegionSelectTool, {
  continuous: p(Bool, true),
  overlay: p(Ref(() => PolyAnnotation), default_poly_overlay),
}) {}
