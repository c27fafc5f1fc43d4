import { define, p, register_models } from "../../core/model.ts";
import { Int, List } from "../../core/kinds.ts";
import { ToggleButtonGroup } from "./toggle_button_group.ts";

/** Buttons that toggle independently; `active` lists the active indices. */
export class CheckboxButtonGroup extends define("CheckboxButtonGroup", ToggleButtonGroup, {
  active: p(List(Int), () => []),
}) {}

register_models({ CheckboxButtonGroup });
