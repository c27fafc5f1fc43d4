import { define, p } from "../../core/model.ts";
import { NumberArray } from "../../core/kinds.ts";
import { ContinuousTicker } from "./continuous_ticker.ts";

export class FixedTicker extends define("FixedTicker", ContinuousTicker, {
  ticks: p(NumberArray, () => []),
  minor_ticks: p(NumberArray, () => []),
}) {}
