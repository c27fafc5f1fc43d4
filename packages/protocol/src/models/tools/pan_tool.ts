import { define, p } from "../../core/model.ts";
import { GestureTool } from "./gesture_tool.ts";
import { Dimensions } from "../renderers/kinds.ts";

export class PanTool extends define("PanTool", GestureTool, {
  dimensions: p(Dimensions, "both"),
}) {}
