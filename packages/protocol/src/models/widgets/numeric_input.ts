import { define, p, register_models } from "../../core/model.ts";
import { Enum, Nullable, Number as Num, Or, String as Str } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";
import { AnyRef } from "../layouts/kinds.ts";

export const NumericInputMode = Enum("int", "float");

/** A number input; `format` is a numbro string or a TickFormatter model. */
export class NumericInput extends define("NumericInput", InputWidget, {
  value: p(Nullable(Num), null),
  placeholder: p(Str, ""),
  mode: p(NumericInputMode, "int"),
  format: p(Nullable(Or(Str, AnyRef)), null),
  low: p(Nullable(Num), null),
  high: p(Nullable(Num), null),
}) {}

register_models({ NumericInput });
