import { define, p } from "../../core/model.ts";
import { Bool, Enum, Nullable, Number as Num } from "../../core/kinds.ts";
import { DataRange } from "./data_range.ts";
import { PaddingUnits } from "../renderers/kinds.ts";

export class DataRange1d extends define("DataRange1d", DataRange, {
  start: p(Nullable(Num), null),
  end: p(Nullable(Num), null),
  range_padding: p(Num, 0.1),
  range_padding_units: p(PaddingUnits, "percent"),
  flipped: p(Bool, false),
  follow: p(Nullable(Enum("start", "end")), null),
  follow_interval: p(Nullable(Num), null),
  default_span: p(Num, 2),
  only_visible: p(Bool, false),
}) {}
