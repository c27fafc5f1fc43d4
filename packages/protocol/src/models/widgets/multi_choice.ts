import { define, p, register_models } from "../../core/model.ts";
import { Bool, Int, List, Nullable, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";

/** A multiple-choice input with search and removable tags. */
export class MultiChoice extends define("MultiChoice", InputWidget, {
  value: p(List(Str), () => []),
  options: p(List(Or(Str, Tuple(Str, Str))), () => []),
  max_items: p(Nullable(Int), null),
  delete_button: p(Bool, true),
  placeholder: p(Nullable(Str), null),
  option_limit: p(Nullable(Int), null),
  search_option_limit: p(Nullable(Int), null),
  solid: p(Bool, true),
}) {}

register_models({ MultiChoice });
