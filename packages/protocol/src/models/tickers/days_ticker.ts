import { define, p } from "../../core/model.ts";
import { Int, List, NonNegativeInt } from "../../core/kinds.ts";
import { BaseSingleIntervalTicker } from "./base_single_interval_ticker.ts";

export class DaysTicker extends define("DaysTicker", BaseSingleIntervalTicker, {
  num_minor_ticks: p(NonNegativeInt, 0),
  days: p(List(Int), () => []),
}) {}
