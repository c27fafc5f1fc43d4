import { define, p } from "../../core/model.ts";
import { Nullable, Number as Num, Percent, Ref } from "../../core/kinds.ts";
import { BaseColorBar } from "./base_color_bar.ts";
import { ColorMapper } from "../mappers/color_mapper.ts";

export class ColorBar extends define("ColorBar", BaseColorBar, {
  /** Required (BokehJS has no default). */
  color_mapper: p(Ref(() => ColorMapper), null as unknown as ColorMapper),
  display_low: p(Nullable(Num), null),
  display_high: p(Nullable(Num), null),
  scale_alpha: p(Percent, 1),
}) {}
