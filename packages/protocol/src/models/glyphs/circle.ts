import { define, p } from "../../core/model.ts";
import { Number as Num } from "../../core/kinds.ts";
import { RadialGlyph } from "./radial_glyph.ts";

export class Circle extends define("Circle", RadialGlyph, {
  hit_dilation: p(Num, 1),
}) {}
