import { define, p } from "../../core/model.ts";
import { List, Ref } from "../../core/kinds.ts";
import { Filter } from "./filter.ts";

/** Set operations over filters (BokehJS's CompositeFilter family). */
export class CompositeFilter extends define("CompositeFilter", Filter, {
  operands: p(List(Ref(() => Filter)), () => []),
}, { abstract: true }) {}
export class IntersectionFilter extends define("IntersectionFilter", CompositeFilter, {}) {}
export class UnionFilter extends define("UnionFilter", CompositeFilter, {}) {}
export class DifferenceFilter extends define("DifferenceFilter", CompositeFilter, {}) {}
export class InversionFilter extends define("InversionFilter", Filter, {
  operand: p(Ref(() => Filter), () => new AllIndicesLazy()),
}) {}
import { AllIndices as AllIndicesLazy } from "./all_indices.ts";
