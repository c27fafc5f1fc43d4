import { define, p, register_models } from "../../../core/model.ts";
import { Or, String as Str } from "../../../core/kinds.ts";
import { NumericalRangeSlider } from "./numerical_range_slider.ts";
import { AnyRef } from "../../layouts/kinds.ts";

/** A slider selecting a [low, high] range. */
export class RangeSlider extends define("RangeSlider", NumericalRangeSlider, {
  format: p(Or(Str, AnyRef), "0[.]00"),
}) {}

register_models({ RangeSlider });
