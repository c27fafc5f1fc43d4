import { define, p } from "../../core/model.ts";
import { DistanceSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { RadiusDimension } from "./kinds.ts";
import { line_vector, fill_vector, hatch_vector } from "./mixins.ts";

export class RadialGlyph extends define("RadialGlyph", XYGlyph, {
  ...line_vector(),
  ...fill_vector(),
  ...hatch_vector(),
  /** Required in BokehJS; Bokeh's default is the "radius" column. */
  radius: p(DistanceSpec, () => ({ field: "radius" })),
  radius_dimension: p(RadiusDimension, "x"),
}, { abstract: true }) {}
