import { define, p } from "../../core/model.ts";
import { Glyph } from "./glyph.ts";
import { BorderRadius } from "../renderers/kinds.ts";
import { line_vector, fill_vector, hatch_vector } from "./mixins.ts";

/** Box glyphs given by left/right/top/bottom (Quad, VBar, HBar). */
export class LRTB extends define("LRTB", Glyph, {
  ...line_vector(),
  ...fill_vector(),
  ...hatch_vector(),
  border_radius: p(BorderRadius, 0),
}, { abstract: true }) {}
