import { define, p } from "../../core/model.ts";
import { List, Number as Num } from "../../core/kinds.ts";
import { AdaptiveTicker } from "./adaptive_ticker.ts";

export class LogTicker extends define("LogTicker", AdaptiveTicker, {
  mantissas: p(List(Num), () => [1, 5]),
}) {}
