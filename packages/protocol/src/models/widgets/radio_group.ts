import { define, p, register_models } from "../../core/model.ts";
import { Int, Nullable } from "../../core/kinds.ts";
import { ToggleInputGroup } from "./toggle_input_group.ts";

/** Radio buttons; `active` is the checked index or null. */
export class RadioGroup extends define("RadioGroup", ToggleInputGroup, {
  active: p(Nullable(Int), null),
}) {}

register_models({ RadioGroup });
