import { define, p, register_models } from "../../../core/model.ts";
import { Or, String as Str } from "../../../core/kinds.ts";
import { NumericalSlider } from "./numerical_slider.ts";
import { AnyRef, TimestampMs, required } from "../../layouts/kinds.ts";

const Base = define("DateSlider", NumericalSlider, {
  start: required(TimestampMs, () => NaN),
  end: required(TimestampMs, () => NaN),
  value: required(TimestampMs, () => NaN),
  value_throttled: required(TimestampMs, () => NaN),
  format: p(Or(Str, AnyRef), "%d %b %Y"),
});
type Attrs = NonNullable<(typeof Base)["__attrs__"]>;
type TimeAttr = "start" | "end" | "value" | "value_throttled";
export type DateSliderAttrs = Partial<Omit<Attrs, TimeAttr> & { [K in TimeAttr]: number | Date }>;

/**
 * A slider over dates. `start`, `end`, `value` are stored as ms since epoch (as BokehJS holds
 * them); Dates are accepted and converted. `value_as_date` gives the value as a Date.
 */
export class DateSlider extends Base {
  constructor(attrs?: DateSliderAttrs) {
    super(attrs as Partial<Attrs>);
  }

  /** Bokeh's `value_as_date`: the value as a Date (null while unset). */
  get value_as_date(): Date | null {
    return Number.isNaN(this.value) ? null : new Date(this.value);
  }
}

register_models({ DateSlider });
