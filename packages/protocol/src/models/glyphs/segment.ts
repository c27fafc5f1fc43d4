import { define, p } from "../../core/model.ts";
import { Glyph } from "./glyph.ts";
import { CoordinateSpec } from "./kinds.ts";
import { line_vector } from "./mixins.ts";

export class Segment extends define("Segment", Glyph, {
  ...line_vector(),
  x0: p(CoordinateSpec, () => ({ field: "x0" })),
  y0: p(CoordinateSpec, () => ({ field: "y0" })),
  x1: p(CoordinateSpec, () => ({ field: "x1" })),
  y1: p(CoordinateSpec, () => ({ field: "y1" })),
}) {}
