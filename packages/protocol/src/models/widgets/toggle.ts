import { define, p, register_models } from "../../core/model.ts";
import { Bool, Or, String as Str } from "../../core/kinds.ts";
import { AbstractButton } from "./abstract_button.ts";
import { AnyRef } from "../layouts/kinds.ts";

/** A two-state button. */
export class Toggle extends define("Toggle", AbstractButton, {
  active: p(Bool, false),
  label: p(Or(Str, AnyRef), "Toggle"),
}) {}

register_models({ Toggle });
