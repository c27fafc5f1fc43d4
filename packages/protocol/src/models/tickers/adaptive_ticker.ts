import { define, p } from "../../core/model.ts";
import { List, Nullable, Number as Num } from "../../core/kinds.ts";
import { ContinuousTicker } from "./continuous_ticker.ts";

export class AdaptiveTicker extends define("AdaptiveTicker", ContinuousTicker, {
  base: p(Num, 10),
  mantissas: p(List(Num), () => [1, 2, 5]),
  min_interval: p(Num, 0),
  max_interval: p(Nullable(Num), null),
}) {}
