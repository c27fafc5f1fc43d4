import { define, p } from "../../core/model.ts";
import { Enum, Nullable } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { SelectTool } from "./select_tool.ts";
import { KeyModifiers } from "./wheel_zoom_tool.ts";

export class TapTool extends define("TapTool", SelectTool, {
  mode: p(Enum("replace", "append", "intersect", "subtract", "xor", "toggle"), "toggle"),
  behavior: p(Enum("select", "inspect"), "select"),
  gesture: p(Enum("tap", "doubletap"), "tap"),
  modifiers: p(KeyModifiers, () => ({})),
  callback: p(Nullable(AnyRef), null),
}) {}
