import { define, p, HasProps } from "../../core/model.ts";
import { Nullable, Number as Num, Or, Tuple, Enum } from "../../core/kinds.ts";

export class Range extends define("Range", HasProps, {
  bounds: p(Nullable(Or(Tuple(Nullable(Num), Nullable(Num)), Enum("auto"))), null),
  min_interval: p(Nullable(Num), null),
  max_interval: p(Nullable(Num), null),
}, { abstract: true }) {}
