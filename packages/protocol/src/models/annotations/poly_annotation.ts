import { define, p } from "../../core/model.ts";
import { Bool, NumberArray } from "../../core/kinds.ts";
import { Annotation } from "./annotation.ts";
import { SpatialUnits } from "../renderers/kinds.ts";
import { area_visuals } from "./area_visuals.ts";

export class PolyAnnotation extends define("PolyAnnotation", Annotation, {
  ...area_visuals(),
  xs: p(NumberArray, () => []),
  ys: p(NumberArray, () => []),
  xs_units: p(SpatialUnits, "data"),
  ys_units: p(SpatialUnits, "data"),
  editable: p(Bool, false),
}) {}
