import { define, p } from "../../core/model.ts";
import { Bool, Enum } from "../../core/kinds.ts";
import { SelectTool } from "./select_tool.ts";

export const SelectionMode = Enum("replace", "append", "intersect", "subtract", "xor");

export class RegionSelectTool extends define("RegionSelectTool", SelectTool, {
  mode: p(SelectionMode, "replace"),
  continuous: p(Bool, false),
  persistent: p(Bool, false),
  greedy: p(Bool, false),
}, { abstract: true }) {}
