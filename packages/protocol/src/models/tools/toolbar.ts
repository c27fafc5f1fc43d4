import { define, p } from "../../core/model.ts";
import { Bool, Enum, List, Nullable, Or, Ref, String as Str } from "../../core/kinds.ts";
import { UIElement } from "../layouts/index.ts";
import { Tool } from "./tool.ts";
import { Auto } from "../renderers/kinds.ts";

const ToolRef = Ref(() => Tool);
const ActiveGesture = Nullable(Or(ToolRef, Auto));

export class Toolbar extends define("Toolbar", UIElement, {
  tools: p(List(ToolRef), () => []),
  logo: p(Nullable(Enum("normal", "grey")), "normal"),
  autohide: p(Bool, false),
  group: p(Bool, true),
  group_types: p(List(Str), () => ["hover"]),
  active_drag: p(ActiveGesture, "auto"),
  active_inspect: p(Nullable(Or(ToolRef, List(ToolRef), Auto)), "auto"),
  active_scroll: p(ActiveGesture, "auto"),
  active_tap: p(ActiveGesture, "auto"),
  active_multi: p(ActiveGesture, "auto"),
}) {}
