import { define, p, register_models } from "../../../core/model.ts";
import { String as Str } from "../../../core/kinds.ts";
import { StringFormatter } from "./string_formatter.ts";
import { RoundingFunction } from "../../layouts/kinds.ts";

/** Numbers formatted with a numbro format string. */
export class NumberFormatter extends define("NumberFormatter", StringFormatter, {
  format: p(Str, "0,0"),
  language: p(Str, "en"),
  rounding: p(RoundingFunction, "round"),
  nan_format: p(Str, "-"),
  null_format: p(Str, "-"),
}) {}

register_models({ NumberFormatter });
