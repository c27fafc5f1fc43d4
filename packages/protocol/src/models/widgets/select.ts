import { define, p, register_models } from "../../core/model.ts";
import { AnyPlain, Dict, List, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";

/** Options: labels, or [value, label] pairs. */
export const SelectOptions = List(Or(Str, Tuple(AnyPlain, Str)));
/** Option groups: group label -> options. */
export const SelectOptionGroups = Dict(SelectOptions);

/** A single-choice drop-down list. `value` is "" when nothing is selected. */
export class Select extends define("Select", InputWidget, {
  value: p(AnyPlain, ""),
  options: p(Or(SelectOptions, SelectOptionGroups), () => []),
}) {}

register_models({ Select });
