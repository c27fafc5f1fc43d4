import { define } from "../../../core/model.ts";
import { Number as Num } from "../../../core/kinds.ts";
import { BaseNumericalSlider } from "./base_numerical_slider.ts";
import { required } from "../../layouts/kinds.ts";

export class NumericalSlider extends define("NumericalSlider", BaseNumericalSlider, {
  value: required(Num, () => NaN),
  value_throttled: required(Num, () => NaN),
}, { abstract: true }) {}
