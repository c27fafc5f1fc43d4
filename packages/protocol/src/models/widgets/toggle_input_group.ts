import { define, p } from "../../core/model.ts";
import { Bool, List, String as Str } from "../../core/kinds.ts";
import { Control } from "./control.ts";

export class ToggleInputGroup extends define("ToggleInputGroup", Control, {
  labels: p(List(Str), () => []),
  inline: p(Bool, false),
}, { abstract: true }) {}
