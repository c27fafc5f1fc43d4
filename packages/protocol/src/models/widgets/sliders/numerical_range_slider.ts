import { define } from "../../../core/model.ts";
import { Number as Num, Tuple } from "../../../core/kinds.ts";
import { BaseNumericalSlider } from "./base_numerical_slider.ts";
import { required } from "../../layouts/kinds.ts";

export const Range2 = Tuple(Num, Num);

export class NumericalRangeSlider extends define("NumericalRangeSlider", BaseNumericalSlider, {
  value: required(Range2, (): [number, number] => [NaN, NaN]),
  value_throttled: required(Range2, (): [number, number] => [NaN, NaN]),
}, { abstract: true }) {}
