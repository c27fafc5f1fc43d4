export { ColumnDataSource } from "./column_data_source.ts";
export { keep_data_edits_local } from "./data_edits.ts";
export { CDSView } from "./cds_view.ts";
export { Selection } from "../selections/selection.ts";
export { SelectionPolicy, UnionRenderers, IntersectRenderers } from "../selections/interaction_policy.ts";
export * from "../filters/index.ts";
