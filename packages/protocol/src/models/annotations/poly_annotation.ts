import { define, p } from "../../core/model.ts";
import { Bool, NumberArray } from "../../core/kinds.ts";
import { Annotation } from "./annotation.ts";
import { SpatialUnits } from "../renderers/kinds.ts";
import { line_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";

export class PolyAnnotation extends define("PolyAnnotation", Annotation, {
  ...line_plain("", { line_color: "#cccccc", line_alpha: 0.3 }),
  ...fill_plain("", { fill_color: "#fff9ba", fill_alpha: 0.4 }),
  ...hatch_plain(""),
  ...line_plain("hover_", { line_color: null, line_alpha: 0.3 }),
  ...fill_plain("hover_", { fill_color: null, fill_alpha: 0.4 }),
  ...hatch_plain("hover_"),
  xs: p(NumberArray, () => []),
  ys: p(NumberArray, () => []),
  xs_units: p(SpatialUnits, "data"),
  ys_units: p(SpatialUnits, "data"),
  editable: p(Bool, false),
}) {}
