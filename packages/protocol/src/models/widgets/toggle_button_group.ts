import { define, p } from "../../core/model.ts";
import { List, String as Str } from "../../core/kinds.ts";
import { OrientedControl } from "./oriented_control.ts";
import { ButtonType } from "../layouts/kinds.ts";

export class ToggleButtonGroup extends define("ToggleButtonGroup", OrientedControl, {
  labels: p(List(Str), () => []),
  button_type: p(ButtonType, "default"),
}, { abstract: true }) {}
