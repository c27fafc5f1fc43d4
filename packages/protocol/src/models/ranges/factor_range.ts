import { define, p } from "../../core/model.ts";
import { Number as Num, Or, List, Tuple, String as Str } from "../../core/kinds.ts";
import { Range } from "./range.ts";
import { PaddingUnits } from "../renderers/kinds.ts";

/** Factors: strings, or 2- or 3-level tuples of strings. */
export const FactorSeq = Or(List(Str), List(Tuple(Str, Str)), List(Tuple(Str, Str, Str)));
export type Factors = string[] | [string, string][] | [string, string, string][];

export class FactorRange extends define("FactorRange", Range, {
  factors: p(FactorSeq, () => []),
  factor_padding: p(Num, 0),
  subgroup_padding: p(Num, 0.8),
  group_padding: p(Num, 1.4),
  range_padding: p(Num, 0),
  range_padding_units: p(PaddingUnits, "percent"),
  start: p(Num, 0),
  end: p(Num, 0),
}) {}
