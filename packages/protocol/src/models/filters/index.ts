export { Filter } from "./filter.ts";
export { AllIndices } from "./all_indices.ts";
export { IndexFilter } from "./index_filter.ts";
export { BooleanFilter } from "./boolean_filter.ts";
export { GroupFilter } from "./group_filter.ts";
export { CompositeFilter, IntersectionFilter, UnionFilter, DifferenceFilter, InversionFilter } from "./composite.ts";
