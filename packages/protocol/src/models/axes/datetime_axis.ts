import { define, p } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { ContinuousAxis } from "./continuous_axis.ts";
import { Ticker } from "../tickers/ticker.ts";
import { TickFormatter } from "../formatters/tick_formatter.ts";
import { DatetimeTicker } from "../tickers/datetime_ticker.ts";
import { DatetimeTickFormatter } from "../formatters/datetime_tick_formatter.ts";

export class DatetimeAxis extends define("DatetimeAxis", ContinuousAxis, {
  ticker: p(Ref(() => Ticker), () => new DatetimeTicker()),
  formatter: p(Ref(() => TickFormatter), () => new DatetimeTickFormatter()),
}) {}
