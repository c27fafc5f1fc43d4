import { define } from "../../core/model.ts";
import { Ticker } from "./ticker.ts";

export class CategoricalTicker extends define("CategoricalTicker", Ticker, {}) {}
