import { define, p } from "../../core/model.ts";
import { Bool, String as Str } from "../../core/kinds.ts";
import { Expression } from "./expression.ts";

/** Cumulative sum of a column (bokeh.transform.cumsum). */
export class CumSum extends define("CumSum", Expression, {
  field: p(Str, ""),
  include_zero: p(Bool, false),
}) {}

/** Bokeh's `cumsum(field, include_zero=False)`. */
export function cumsum(field: string, include_zero = false): { expr: CumSum } {
  return { expr: new CumSum({ field, include_zero }) };
}
