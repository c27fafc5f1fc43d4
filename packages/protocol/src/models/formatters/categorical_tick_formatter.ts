import { define } from "../../core/model.ts";
import { TickFormatter } from "./tick_formatter.ts";

export class CategoricalTickFormatter extends define("CategoricalTickFormatter", TickFormatter, {}) {}
