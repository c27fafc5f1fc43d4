import { define, p, register_models } from "../../../core/model.ts";
import { Or, String as Str } from "../../../core/kinds.ts";
import { NumericalSlider } from "./numerical_slider.ts";
import { AnyRef } from "../../layouts/kinds.ts";

/** A numeric slider: `new Slider({start: 0, end: 10, value: 5, step: 1, title: "x"})`. */
export class Slider extends define("Slider", NumericalSlider, {
  format: p(Or(Str, AnyRef), "0[.]00"),
}) {}

register_models({ Slider });
