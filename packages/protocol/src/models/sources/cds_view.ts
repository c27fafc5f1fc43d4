import { define, p, HasProps } from "../../core/model.ts";
import { AnyPlain } from "../../core/kinds.ts";

/** A view of a source's rows; `filter` is an IntersectionFilter/AllIndices in Bokeh, kept opaque here. */
export class CDSView extends define("CDSView", HasProps, {
  filter: p(AnyPlain, null as unknown),
}) {}
