import { define } from "../../core/model.ts";
import { ActionTool } from "./action_tool.ts";

export class PlotActionTool extends define("PlotActionTool", ActionTool, {}, { abstract: true }) {}
