import { define, p, register_models } from "../../../core/model.ts";
import { String as Str } from "../../../core/kinds.ts";
import { StringFormatter } from "./string_formatter.ts";

/** Dates, with a named format ("ISO-8601", "RFC-2822", ...) or a strftime string. */
export class DateFormatter extends define("DateFormatter", StringFormatter, {
  format: p(Str, "ISO-8601"),
  nan_format: p(Str, "-"),
  null_format: p(Str, "-"),
}) {}

register_models({ DateFormatter });
