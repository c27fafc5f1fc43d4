import { define, p } from "../../core/model.ts";
import { List, NonNegativeInt, Ref } from "../../core/kinds.ts";
import { CompositeTicker } from "./composite_ticker.ts";
import { ContinuousTicker } from "./continuous_ticker.ts";
import { AdaptiveTicker } from "./adaptive_ticker.ts";
import { DaysTicker } from "./days_ticker.ts";
import { MonthsTicker } from "./months_ticker.ts";
import { YearsTicker } from "./years_ticker.ts";

const ONE_MILLI = 1, ONE_SECOND = 1000, ONE_MINUTE = 60 * ONE_SECOND, ONE_HOUR = 60 * ONE_MINUTE;
const range = (start: number, stop: number, step = 1): number[] => {
  const out: number[] = [];
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
};

/** The sub-tickers BokehJS's DatetimeTicker uses by default. */
export function default_datetime_tickers(): ContinuousTicker[] {
  return [
    new AdaptiveTicker({ mantissas: [1, 2, 5], base: 10, min_interval: 0, max_interval: 500 * ONE_MILLI, num_minor_ticks: 0 }),
    new AdaptiveTicker({ mantissas: [1, 2, 5, 10, 15, 20, 30], base: 60, min_interval: ONE_SECOND, max_interval: 30 * ONE_MINUTE, num_minor_ticks: 0 }),
    new AdaptiveTicker({ mantissas: [1, 2, 4, 6, 8, 12], base: 24, min_interval: ONE_HOUR, max_interval: 12 * ONE_HOUR, num_minor_ticks: 0 }),
    new DaysTicker({ days: range(1, 32) }),
    new DaysTicker({ days: range(1, 31, 3) }),
    new DaysTicker({ days: [1, 8, 15, 22] }),
    new DaysTicker({ days: [1, 15] }),
    new MonthsTicker({ months: range(0, 12, 1) }),
    new MonthsTicker({ months: range(0, 12, 2) }),
    new MonthsTicker({ months: range(0, 12, 4) }),
    new MonthsTicker({ months: range(0, 12, 6) }),
    new YearsTicker({}),
  ];
}

export class DatetimeTicker extends define("DatetimeTicker", CompositeTicker, {
  num_minor_ticks: p(NonNegativeInt, 0),
  tickers: p(List(Ref(() => ContinuousTicker)), default_datetime_tickers),
}) {}
