import { define, p, register_models } from "../../core/model.ts";
import { Nullable } from "../../core/kinds.ts";
import { BaseDatePicker } from "./base_date_picker.ts";
import { DateLike } from "../layouts/kinds.ts";

const Base = define("DatePicker", BaseDatePicker, {
  value: p(Nullable(DateLike), null),
});
type Attrs = NonNullable<(typeof Base)["__attrs__"]>;
type DateAttr = "value" | "min_date" | "max_date";
export type DatePickerAttrs = Partial<Omit<Attrs, DateAttr> & { [K in DateAttr]: string | number | Date | null }>;

/** A calendar date input; a Date given is stored as its ISO date "YYYY-MM-DD". */
export class DatePicker extends Base {
  constructor(attrs?: DatePickerAttrs) {
    super(attrs as Partial<Attrs>);
  }
}

register_models({ DatePicker });
