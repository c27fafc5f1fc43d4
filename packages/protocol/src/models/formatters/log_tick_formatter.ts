import { define, p } from "../../core/model.ts";
import { Int, Nullable, Ref } from "../../core/kinds.ts";
import { TickFormatter } from "./tick_formatter.ts";
import { LogTicker } from "../tickers/log_ticker.ts";

export class LogTickFormatter extends define("LogTickFormatter", TickFormatter, {
  ticker: p(Nullable(Ref(() => LogTicker)), null),
  min_exponent: p(Int, 0),
}) {}
