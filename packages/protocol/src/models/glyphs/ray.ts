import { define, p } from "../../core/model.ts";
import { AngleSpec, DistanceSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { line_vector } from "./mixins.ts";

export class Ray extends define("Ray", XYGlyph, {
  ...line_vector(),
  length: p(DistanceSpec, () => ({ value: 0 })),
  angle: p(AngleSpec, () => ({ value: 0 })),
}) {}
