import { define, p, register_models } from "../../core/model.ts";
import { Or, String as Str } from "../../core/kinds.ts";
import { AbstractButton } from "./abstract_button.ts";
import { AnyRef } from "../layouts/kinds.ts";

/** A push button; clicks arrive as the `button_click` UI event. */
export class Button extends define("Button", AbstractButton, {
  label: p(Or(Str, AnyRef), "Button"),
}) {}

register_models({ Button });
