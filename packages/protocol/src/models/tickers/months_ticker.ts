import { define, p } from "../../core/model.ts";
import { Int, List } from "../../core/kinds.ts";
import { BaseSingleIntervalTicker } from "./base_single_interval_ticker.ts";

export class MonthsTicker extends define("MonthsTicker", BaseSingleIntervalTicker, {
  months: p(List(Int), () => []),
}) {}
