import { define } from "../../core/model.ts";
import { PlotActionTool } from "./plot_action_tool.ts";

export class ResetTool extends define("ResetTool", PlotActionTool, {}) {}
