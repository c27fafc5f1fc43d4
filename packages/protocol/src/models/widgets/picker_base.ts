import { define, p } from "../../core/model.ts";
import { Bool } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";
import { CalendarPosition } from "../layouts/kinds.ts";

export class PickerBase extends define("PickerBase", InputWidget, {
  position: p(CalendarPosition, "auto"),
  inline: p(Bool, false),
}, { abstract: true }) {}
