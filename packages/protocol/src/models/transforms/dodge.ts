import { define, p } from "../../core/model.ts";
import { Number as Num } from "../../core/kinds.ts";
import { RangeTransform } from "./range_transform.ts";

/** Shifts every value by `value` (grouped bars side by side), as bokeh.transform.dodge. */
export class Dodge extends define("Dodge", RangeTransform, {
  value: p(Num, 0),
}) {}
