import { define, p, register_models } from "../../core/model.ts";
import { Int, List, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";

/** A multiple-choice list box. */
export class MultiSelect extends define("MultiSelect", InputWidget, {
  value: p(List(Str), () => []),
  options: p(List(Or(Str, Tuple(Str, Str))), () => []),
  size: p(Int, 4),
}) {}

register_models({ MultiSelect });
