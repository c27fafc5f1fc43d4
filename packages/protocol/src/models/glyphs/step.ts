import { define, p } from "../../core/model.ts";
import { NonNegative } from "../../core/kinds.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { StepMode } from "./kinds.ts";
import { line_scalar } from "./mixins.ts";

export class Step extends define("Step", XYGlyph, {
  ...line_scalar(),
  mode: p(StepMode, "before"),
  pad_before: p(NonNegative, 0),
  pad_after: p(NonNegative, 0),
}) {}
