import { define, p } from "../../core/model.ts";
import { Bool, Number as Num, Or } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { TextAnnotation } from "./text_annotation.ts";
import { AngleUnits, Direction, SpatialUnits, TextAnchor } from "../renderers/kinds.ts";

export class Label extends define("Label", TextAnnotation, {
  anchor: p(TextAnchor, "auto"),
  x: p(Or(Num, AnyRef), 0, { required: true }),
  y: p(Or(Num, AnyRef), 0, { required: true }),
  x_units: p(SpatialUnits, "data"),
  y_units: p(SpatialUnits, "data"),
  x_offset: p(Num, 0),
  y_offset: p(Num, 0),
  angle: p(Num, 0),
  angle_units: p(AngleUnits, "rad"),
  direction: p(Direction, "anticlock"),
  editable: p(Bool, false),
}) {}
