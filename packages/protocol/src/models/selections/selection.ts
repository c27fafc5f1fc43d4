import { define, p, HasProps } from "../../core/model.ts";
import { List, Int, Map as MapOf, AnyPlain } from "../../core/kinds.ts";

/** Which rows of a source are selected (indices), as BokehJS's Selection. */
export class Selection extends define("Selection", HasProps, {
  indices: p(List(Int), () => []),
  line_indices: p(List(Int), () => []),
  multiline_indices: p(MapOf(AnyPlain, List(Int)), () => new Map<unknown, number[]>()),
  image_indices: p(List(AnyPlain), () => []),
}) {}
