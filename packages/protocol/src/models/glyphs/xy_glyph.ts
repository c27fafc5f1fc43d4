import { define, p } from "../../core/model.ts";
import { Glyph } from "./glyph.ts";
import { CoordinateSpec } from "./kinds.ts";

export class XYGlyph extends define("XYGlyph", Glyph, {
  x: p(CoordinateSpec, () => ({ field: "x" })),
  y: p(CoordinateSpec, () => ({ field: "y" })),
}, { abstract: true }) {}
