import { define, p } from "../../core/model.ts";
import { NonNegativeInt } from "../../core/kinds.ts";
import { Ticker } from "./ticker.ts";

export class ContinuousTicker extends define("ContinuousTicker", Ticker, {
  num_minor_ticks: p(NonNegativeInt, 5),
  desired_num_ticks: p(NonNegativeInt, 6),
}, { abstract: true }) {}
