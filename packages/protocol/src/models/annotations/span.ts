import { define, p } from "../../core/model.ts";
import { Bool, Nullable, Number as Num } from "../../core/kinds.ts";
import { Annotation } from "./annotation.ts";
import { Dimension, SpatialUnits } from "../renderers/kinds.ts";
import { line_plain } from "../glyphs/mixins.ts";

export class Span extends define("Span", Annotation, {
  ...line_plain(""),
  ...line_plain("hover_", { line_color: null, line_alpha: 0.3 }),
  location: p(Nullable(Num), null),
  location_units: p(SpatialUnits, "data"),
  dimension: p(Dimension, "width"),
  editable: p(Bool, false),
}) {}
