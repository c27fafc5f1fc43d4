import { define, p } from "../../core/model.ts";
import { Bool, String as Str } from "../../core/kinds.ts";
import { Widget } from "./widget.ts";

export class ToggleInput extends define("ToggleInput", Widget, {
  active: p(Bool, false),
  label: p(Str, ""),
}, { abstract: true }) {}
