export { ColumnDataSource } from "./column_data_source.ts";
export { CDSView } from "./cds_view.ts";
export { Selection } from "../selections/selection.ts";
export { SelectionPolicy, UnionRenderers, IntersectRenderers } from "../selections/interaction_policy.ts";
export * from "../filters/index.ts";
