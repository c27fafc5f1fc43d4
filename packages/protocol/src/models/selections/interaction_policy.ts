import { define, HasProps } from "../../core/model.ts";

/** How selections from several renderers of one source combine. */
export class SelectionPolicy extends define("SelectionPolicy", HasProps, {}, { abstract: true }) {}
export class UnionRenderers extends define("UnionRenderers", SelectionPolicy, {}) {}
export class IntersectRenderers extends define("IntersectRenderers", SelectionPolicy, {}) {}
