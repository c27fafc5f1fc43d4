import { define, p, HasProps } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { Filter } from "../filters/filter.ts";
import { AllIndices } from "../filters/all_indices.ts";

/** A view of a source's rows through a filter. */
export class CDSView extends define("CDSView", HasProps, {
  filter: p(Ref(() => Filter), () => new AllIndices()),
}) {}
