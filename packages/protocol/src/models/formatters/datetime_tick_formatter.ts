import { define, p } from "../../core/model.ts";
import { Bool, Enum, List, Nullable, Or, Ref, String as Str } from "../../core/kinds.ts";
import { TickFormatter } from "./tick_formatter.ts";
import { Side } from "../renderers/kinds.ts";

export const ResolutionType = Enum("microseconds", "milliseconds", "seconds", "minsec", "minutes", "hourmin", "hours", "days", "months", "years");

export class DatetimeTickFormatter extends define("DatetimeTickFormatter", TickFormatter, {
  microseconds: p(Str, "%fus"),
  milliseconds: p(Str, "%3Nms"),
  seconds: p(Str, "%Ss"),
  minsec: p(Str, ":%M:%S"),
  minutes: p(Str, ":%M"),
  hourmin: p(Str, "%H:%M"),
  hours: p(Str, "%Hh"),
  days: p(Str, "%m/%d"),
  months: p(Str, "%m/%Y"),
  years: p(Str, "%Y"),
  strip_leading_zeros: p(Or(Bool, List(ResolutionType)), false),
  boundary_scaling: p(Bool, true),
  hide_repeats: p(Bool, false),
  context: p(Nullable(Or(Str, Ref(() => TickFormatter))), null), // BokehJS: Ref(DatetimeTickFormatter)
  context_which: p(Enum("start", "center", "end", "all"), "start"),
  context_location: p(Side, "below"),
}) {}
