import { define, p } from "../../core/model.ts";
import { Int, List, Nullable } from "../../core/kinds.ts";
import { Filter } from "./filter.ts";

/** The rows at the given indices. */
export class IndexFilter extends define("IndexFilter", Filter, {
  indices: p(Nullable(List(Int)), null),
}) {}
