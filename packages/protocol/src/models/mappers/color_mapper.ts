import { define, p } from "../../core/model.ts";
import { Color, List } from "../../core/kinds.ts";
import { Mapper } from "./mapper.ts";

export class ColorMapper extends define("ColorMapper", Mapper, {
  /** Required (BokehJS has no default). */
  palette: p(List(Color), () => []),
  nan_color: p(Color, "gray"),
}, { abstract: true }) {}
