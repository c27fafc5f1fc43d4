import { define, p, register_models } from "../../core/model.ts";
import { Int, Nullable } from "../../core/kinds.ts";
import { ToggleButtonGroup } from "./toggle_button_group.ts";

/** Buttons of which at most one is active. */
export class RadioButtonGroup extends define("RadioButtonGroup", ToggleButtonGroup, {
  active: p(Nullable(Int), null),
}) {}

register_models({ RadioButtonGroup });
