import { define } from "../../core/model.ts";
import { AdaptiveTicker } from "./adaptive_ticker.ts";

export class BasicTicker extends define("BasicTicker", AdaptiveTicker, {}) {}
