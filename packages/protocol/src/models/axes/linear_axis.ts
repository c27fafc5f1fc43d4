import { define, p } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { ContinuousAxis } from "./continuous_axis.ts";
import { Ticker } from "../tickers/ticker.ts";
import { TickFormatter } from "../formatters/tick_formatter.ts";
import { BasicTicker } from "../tickers/basic_ticker.ts";
import { BasicTickFormatter } from "../formatters/basic_tick_formatter.ts";

export class LinearAxis extends define("LinearAxis", ContinuousAxis, {
  ticker: p(Ref(() => Ticker), () => new BasicTicker()),
  formatter: p(Ref(() => TickFormatter), () => new BasicTickFormatter()),
}) {}
