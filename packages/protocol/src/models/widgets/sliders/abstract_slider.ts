import { define, p } from "../../../core/model.ts";
import { AnyPlain, Bool, Color, Enum, Nullable, Number as Num, String as Str } from "../../../core/kinds.ts";
import { OrientedControl } from "../oriented_control.ts";
import { required } from "../../layouts/kinds.ts";

/**
 * Base of all sliders. `value` and `value_throttled` have no default in Bokeh (subclasses
 * narrow their kinds); `value_throttled` is set by the client when dragging ends.
 */
export class AbstractSlider extends define("AbstractSlider", OrientedControl, {
  title: p(Nullable(Str), ""),
  show_value: p(Bool, true),
  value: required(AnyPlain, () => undefined),
  value_throttled: required(AnyPlain, () => undefined),
  direction: p(Enum("ltr", "rtl"), "ltr"),
  tooltips: p(Bool, true),
  bar_color: p(Color, "#e6e6e6"),
  width: p(Nullable(Num), 300),
}, { abstract: true }) {}
