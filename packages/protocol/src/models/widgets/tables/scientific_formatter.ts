import { define, p, register_models } from "../../../core/model.ts";
import { Number as Num, String as Str } from "../../../core/kinds.ts";
import { StringFormatter } from "./string_formatter.ts";

/** Numbers in scientific notation outside [10^power_limit_low, 10^power_limit_high). */
export class ScientificFormatter extends define("ScientificFormatter", StringFormatter, {
  precision: p(Num, 10),
  power_limit_high: p(Num, 5),
  power_limit_low: p(Num, -3),
  nan_format: p(Str, "-"),
  null_format: p(Str, "-"),
}) {}

register_models({ ScientificFormatter });
