import { define } from "../../core/model.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { line_scalar } from "./mixins.ts";

export class Line extends define("Line", XYGlyph, {
  ...line_scalar(),
}) {}
