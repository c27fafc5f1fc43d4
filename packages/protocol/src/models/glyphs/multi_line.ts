import { define, p } from "../../core/model.ts";
import { Glyph } from "./glyph.ts";
import { CoordinateSeqSpec } from "./kinds.ts";
import { line_vector } from "./mixins.ts";

export class MultiLine extends define("MultiLine", Glyph, {
  ...line_vector(),
  xs: p(CoordinateSeqSpec, () => ({ field: "xs" })),
  ys: p(CoordinateSeqSpec, () => ({ field: "ys" })),
}) {}
