import { define, p } from "../../core/model.ts";
import { Number as Num } from "../../core/kinds.ts";
import { AngleSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { SizeSpec } from "./kinds.ts";
import { line_vector, fill_vector, hatch_vector } from "./mixins.ts";

export class Marker extends define("Marker", XYGlyph, {
  ...line_vector(),
  ...fill_vector(),
  ...hatch_vector(),
  size: p(SizeSpec, () => ({ value: 4 })),
  angle: p(AngleSpec, () => ({ value: 0 })),
  hit_dilation: p(Num, 1),
}, { abstract: true }) {}
