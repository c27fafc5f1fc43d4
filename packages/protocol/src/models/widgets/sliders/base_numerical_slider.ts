import { define, p } from "../../../core/model.ts";
import { Number as Num, Or, String as Str } from "../../../core/kinds.ts";
import { AbstractSlider } from "./abstract_slider.ts";
import { AnyRef, required } from "../../layouts/kinds.ts";

/** `start`/`end` are required (NaN until given); `format` is a string or a TickFormatter model. */
export class BaseNumericalSlider extends define("BaseNumericalSlider", AbstractSlider, {
  start: required(Num, () => NaN),
  end: required(Num, () => NaN),
  step: p(Num, 1),
  format: required(Or(Str, AnyRef), () => ""),
}, { abstract: true }) {}
