import { define, p } from "../../core/model.ts";
import { Glyph } from "./glyph.ts";
import { CoordinateSeqSpec } from "./kinds.ts";
import { line_vector, fill_vector, hatch_vector } from "./mixins.ts";

export class Patches extends define("Patches", Glyph, {
  ...line_vector(),
  ...fill_vector(),
  ...hatch_vector(),
  xs: p(CoordinateSeqSpec, () => ({ field: "xs" })),
  ys: p(CoordinateSeqSpec, () => ({ field: "ys" })),
}) {}
