import { define, p } from "../../core/model.ts";
import { List, Or, Ref } from "../../core/kinds.ts";
import { GestureTool } from "./gesture_tool.ts";
import { DataRenderer } from "../renderers/data_renderer.ts";
import { Auto } from "../renderers/kinds.ts";

export const RenderersOrAuto = Or(List(Ref(() => DataRenderer)), Auto);

export class SelectTool extends define("SelectTool", GestureTool, {
  renderers: p(RenderersOrAuto, "auto"),
}, { abstract: true }) {}
