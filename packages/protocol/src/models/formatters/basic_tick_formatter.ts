import { define, p } from "../../core/model.ts";
import { Bool, Enum, Int, Or } from "../../core/kinds.ts";
import { TickFormatter } from "./tick_formatter.ts";

export class BasicTickFormatter extends define("BasicTickFormatter", TickFormatter, {
  precision: p(Or(Int, Enum("auto")), "auto"),
  use_scientific: p(Bool, true),
  power_limit_high: p(Int, 5),
  power_limit_low: p(Int, -3),
}) {}
