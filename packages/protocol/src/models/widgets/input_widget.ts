import { define, p } from "../../core/model.ts";
import { Nullable, Or, String as Str } from "../../core/kinds.ts";
import { Control } from "./control.ts";
import { AnyRef } from "../layouts/kinds.ts";

/** A titled input. `title` may be an HTML model, `description` a Tooltip model. */
export class InputWidget extends define("InputWidget", Control, {
  title: p(Or(Str, AnyRef), ""),
  description: p(Nullable(Or(Str, AnyRef)), null),
}, { abstract: true }) {}
