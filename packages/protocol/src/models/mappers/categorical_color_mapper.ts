import { define, p } from "../../core/model.ts";
import { Nullable, Number as Num } from "../../core/kinds.ts";
import { ColorMapper } from "./color_mapper.ts";
import { FactorSeq } from "../ranges/factor_range.ts";

export class CategoricalColorMapper extends define("CategoricalColorMapper", ColorMapper, {
  /** Required (BokehJS has no default). */
  factors: p(FactorSeq, () => []),
  start: p(Num, 0),
  end: p(Nullable(Num), null),
}) {}
