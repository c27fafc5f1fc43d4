import { define, p } from "../../core/model.ts";
import { Bool, List, Nullable } from "../../core/kinds.ts";
import { Filter } from "./filter.ts";

/** The rows whose flag is true. */
export class BooleanFilter extends define("BooleanFilter", Filter, {
  booleans: p(Nullable(List(Bool)), null),
}) {}
