// Widget model type -> view class.
import type { ModelSnap } from "../../state/snapshot.ts";
import type { DomContext, DomView } from "../view.ts";
import { TextInputView, NumericInputView, DatePickerView } from "./inputs.ts";
import { SliderView } from "./sliders.ts";
import { ButtonView, ButtonGroupView } from "./buttons.ts";
import { SelectView, MultiChoiceView } from "./selects.ts";
import { ChoiceGroupView, SwitchView } from "./groups.ts";
import { MarkupView } from "./markup.ts";
import { DataTableView, table_part_types } from "./table.ts";

type WidgetCtor = new (m: ModelSnap, ctx: DomContext) => DomView;

const WIDGETS: ReadonlyMap<string, WidgetCtor> = new Map<string, WidgetCtor>([
  ...(["TextInput", "PasswordInput", "TextAreaInput"] as const).map((t) => [t, TextInputView] as const),
  ["NumericInput", NumericInputView], ["Spinner", NumericInputView],
  ["DatePicker", DatePickerView],
  ...(["Slider", "RangeSlider", "DateSlider", "DateRangeSlider"] as const).map((t) => [t, SliderView] as const),
  ...(["Button", "Toggle", "Dropdown"] as const).map((t) => [t, ButtonView] as const),
  ["RadioButtonGroup", ButtonGroupView], ["CheckboxButtonGroup", ButtonGroupView],
  ["Select", SelectView], ["MultiSelect", SelectView],
  ["MultiChoice", MultiChoiceView],
  ["CheckboxGroup", ChoiceGroupView], ["RadioGroup", ChoiceGroupView],
  ["Switch", SwitchView],
  ["Div", MarkupView], ["Paragraph", MarkupView], ["PreText", MarkupView],
  ["DataTable", DataTableView],
]);

export function create_widget_view(m: ModelSnap, ctx: DomContext): DomView | null {
  const View = WIDGETS.get(m.type);
  return View === undefined ? null : new View(m, ctx);
}

/** The widget types Dash's client shows (with the models DataTable reads: columns, cell formatters and editors). */
export function widget_types(): string[] {
  return [...WIDGETS.keys(), ...table_part_types()];
}
