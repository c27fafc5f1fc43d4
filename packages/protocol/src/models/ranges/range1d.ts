import { define, p } from "../../core/model.ts";
import { Nullable, Number as Num } from "../../core/kinds.ts";
import { NumericalRange } from "./numerical_range.ts";

export class Range1d extends define("Range1d", NumericalRange, {
  start: p(Num, 0),
  end: p(Num, 1),
  reset_start: p(Nullable(Num), null),
  reset_end: p(Nullable(Num), null),
}) {}
