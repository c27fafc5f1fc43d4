import { define, p } from "../../core/model.ts";
import { List, Nullable, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { PickerBase } from "./picker_base.ts";
import { DateLike, Struct } from "../layouts/kinds.ts";

/** Dates, [from, to] ranges or {from, to} ranges. */
export const DateLikeList = List(Or(DateLike, Tuple(DateLike, DateLike), Struct({ from: DateLike, to: DateLike })));

export class BaseDatePicker extends define("BaseDatePicker", PickerBase, {
  min_date: p(Nullable(DateLike), null),
  max_date: p(Nullable(DateLike), null),
  disabled_dates: p(Nullable(DateLikeList), null),
  enabled_dates: p(Nullable(DateLikeList), null),
  date_format: p(Str, "Y-m-d"),
}, { abstract: true }) {}
