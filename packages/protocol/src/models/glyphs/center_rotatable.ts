import { define, p } from "../../core/model.ts";
import { AngleSpec, DistanceSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { line_vector, fill_vector, hatch_vector } from "./mixins.ts";

export class CenterRotatable extends define("CenterRotatable", XYGlyph, {
  ...line_vector(),
  ...fill_vector(),
  ...hatch_vector(),
  angle: p(AngleSpec, () => ({ value: 0 })),
  width: p(DistanceSpec, () => ({ field: "width" })),
  height: p(DistanceSpec, () => ({ field: "height" })),
}, { abstract: true }) {}
