import { define, p } from "../../core/model.ts";
import { Enum, Number as Num } from "../../core/kinds.ts";
import { RangeTransform } from "./range_transform.ts";

/** Random offsets (uniform over `width`, or normal with sd `width`) around `mean`, as bokeh.transform.jitter. */
export class Jitter extends define("Jitter", RangeTransform, {
  mean: p(Num, 0),
  width: p(Num, 1),
  distribution: p(Enum("uniform", "normal"), "uniform"),
}) {}
