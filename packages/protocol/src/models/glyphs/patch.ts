import { define } from "../../core/model.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { line_scalar, fill_scalar, hatch_scalar } from "./mixins.ts";

export class Patch extends define("Patch", XYGlyph, {
  ...line_scalar(),
  ...fill_scalar(),
  ...hatch_scalar(),
}) {}
