import { define, p } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { ContinuousAxis } from "./continuous_axis.ts";
import { Ticker } from "../tickers/ticker.ts";
import { TickFormatter } from "../formatters/tick_formatter.ts";
import { LogTicker } from "../tickers/log_ticker.ts";
import { LogTickFormatter } from "../formatters/log_tick_formatter.ts";

export class LogAxis extends define("LogAxis", ContinuousAxis, {
  ticker: p(Ref(() => Ticker), () => new LogTicker()),
  formatter: p(Ref(() => TickFormatter), () => new LogTickFormatter()),
}) {}
