import { define, p } from "../../core/model.ts";
import { Nullable, String as Str } from "../../core/kinds.ts";
import { ActionTool } from "./action_tool.ts";

export class SaveTool extends define("SaveTool", ActionTool, {
  filename: p(Nullable(Str), null),
}) {}
