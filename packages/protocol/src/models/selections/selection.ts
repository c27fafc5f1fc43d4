import { define, p, HasProps } from "../../core/model.ts";
import { List, Int, Dict, AnyPlain } from "../../core/kinds.ts";

/** Which rows of a source are selected (indices), as BokehJS's Selection. */
export class Selection extends define("Selection", HasProps, {
  indices: p(List(Int), () => []),
  line_indices: p(List(Int), () => []),
  multiline_indices: p(Dict(List(Int)), () => ({})),
  image_indices: p(List(AnyPlain), () => []),
}) {}
