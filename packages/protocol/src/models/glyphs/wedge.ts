import { define, p } from "../../core/model.ts";
import { AngleSpec, DistanceSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { Direction } from "../renderers/kinds.ts";
import { line_vector, fill_vector, hatch_vector } from "./mixins.ts";

export class Wedge extends define("Wedge", XYGlyph, {
  ...line_vector(),
  ...fill_vector(),
  ...hatch_vector(),
  direction: p(Direction, "anticlock"),
  radius: p(DistanceSpec, () => ({ field: "radius" })),
  start_angle: p(AngleSpec, () => ({ field: "start_angle" })),
  end_angle: p(AngleSpec, () => ({ field: "end_angle" })),
}) {}
