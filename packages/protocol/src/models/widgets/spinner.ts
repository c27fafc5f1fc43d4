import { define, p, register_models } from "../../core/model.ts";
import { Nullable, Number as Num } from "../../core/kinds.ts";
import { NumericInput, NumericInputMode } from "./numeric_input.ts";
import { required } from "../layouts/kinds.ts";

/** A numeric input with step buttons. `value_throttled` is set by the client (read-only in Bokeh). */
export class Spinner extends define("Spinner", NumericInput, {
  value_throttled: required(Nullable(Num), () => null),
  step: p(Num, 1),
  page_step_multiplier: p(Num, 10),
  wheel_wait: p(Num, 100),
  mode: p(NumericInputMode, "float"),
}) {}

register_models({ Spinner });
