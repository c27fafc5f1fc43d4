import { define } from "../../core/model.ts";
import { Glyph } from "./glyph.ts";
import { fill_scalar, hatch_scalar } from "./mixins.ts";

export class Area extends define("Area", Glyph, {
  ...fill_scalar(),
  ...hatch_scalar(),
}, { abstract: true }) {}
