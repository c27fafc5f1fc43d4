import { define, p } from "../../core/model.ts";
import { Nullable, String as Str } from "../../core/kinds.ts";
import { ActionTool } from "./action_tool.ts";

export class HelpTool extends define("HelpTool", ActionTool, {
  description: p(Nullable(Str), "Click the question mark to learn more about Bokeh plot tools."),
  redirect: p(Str, "https://docs.bokeh.org/en/latest/docs/user_guide/interaction/tools.html"),
}) {}
