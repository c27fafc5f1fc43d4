import { define, p } from "../../core/model.ts";
import { AngleSpec, NumberSpec, NullStringSpec } from "../../core/specs.ts";
import { DataAnnotation } from "./data_annotation.ts";
import { SpatialUnits } from "../renderers/kinds.ts";
import { CoordinateSpec } from "../glyphs/kinds.ts";
import { text_vector, line_vector, fill_vector, hatch_vector } from "../glyphs/mixins.ts";

export class LabelSet extends define("LabelSet", DataAnnotation, {
  ...text_vector(),
  ...line_vector("border_", { line_color: null }),
  ...fill_vector("background_", { fill_color: null }),
  ...hatch_vector("background_"),
  x: p(CoordinateSpec, () => ({ field: "x" })),
  y: p(CoordinateSpec, () => ({ field: "y" })),
  x_units: p(SpatialUnits, "data"),
  y_units: p(SpatialUnits, "data"),
  text: p(NullStringSpec, () => ({ field: "text" })),
  angle: p(AngleSpec, () => ({ value: 0 })),
  x_offset: p(NumberSpec, () => ({ value: 0 })),
  y_offset: p(NumberSpec, () => ({ value: 0 })),
}) {}
