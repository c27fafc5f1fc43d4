import { define } from "../../core/model.ts";
import { ContinuousTicker } from "./continuous_ticker.ts";

export class BaseSingleIntervalTicker extends define("BaseSingleIntervalTicker", ContinuousTicker, {}, { abstract: true }) {}
