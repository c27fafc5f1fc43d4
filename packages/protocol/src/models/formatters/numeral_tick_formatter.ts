import { define, p } from "../../core/model.ts";
import { Enum, String as Str } from "../../core/kinds.ts";
import { TickFormatter } from "./tick_formatter.ts";

export class NumeralTickFormatter extends define("NumeralTickFormatter", TickFormatter, {
  format: p(Str, "0,0"),
  language: p(Str, "en"),
  rounding: p(Enum("round", "nearest", "floor", "rounddown", "ceil", "roundup"), "round"),
}) {}
