import { define, p } from "../../core/model.ts";
import { List, String as Str } from "../../core/kinds.ts";
import { Expression } from "./expression.ts";

/** Row-wise sum of columns: the top (or bottom) of a stacked bar, as bokeh.transform.stack. */
export class Stack extends define("Stack", Expression, {
  fields: p(List(Str), () => []),
}) {}

/** Bokeh's `stack(*fields)`: a spec whose values are the row-wise sum of the fields. */
export function stack(...fields: string[]): { expr: Stack } {
  return { expr: new Stack({ fields }) };
}
