import { define, p } from "../../core/model.ts";
import { List, Ref } from "../../core/kinds.ts";
import { ContinuousTicker } from "./continuous_ticker.ts";

export class CompositeTicker extends define("CompositeTicker", ContinuousTicker, {
  tickers: p(List(Ref(() => ContinuousTicker)), () => []),
}) {}
