import { define, p } from "../../core/model.ts";
import { Nullable, Or, String as Str } from "../../core/kinds.ts";
import { Control } from "./control.ts";
import { AnyRef, ButtonType } from "../layouts/kinds.ts";

/** Base of Button, Toggle and Dropdown. `label` may be a DOMNode model, `icon` an Icon model. */
export class AbstractButton extends define("AbstractButton", Control, {
  label: p(Or(Str, AnyRef), "Button"),
  icon: p(Nullable(AnyRef), null),
  button_type: p(ButtonType, "default"),
}, { abstract: true }) {}
