import { define } from "../../core/model.ts";
import { BaseSingleIntervalTicker } from "./base_single_interval_ticker.ts";

export class YearsTicker extends define("YearsTicker", BaseSingleIntervalTicker, {}) {}
