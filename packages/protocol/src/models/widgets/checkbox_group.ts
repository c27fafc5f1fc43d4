import { define, p, register_models } from "../../core/model.ts";
import { Int, List } from "../../core/kinds.ts";
import { ToggleInputGroup } from "./toggle_input_group.ts";

/** Check boxes; `active` lists the checked indices. */
export class CheckboxGroup extends define("CheckboxGroup", ToggleInputGroup, {
  active: p(List(Int), () => []),
}) {}

register_models({ CheckboxGroup });
