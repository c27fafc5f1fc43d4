// Widget model type -> view factory: the one table of what the client draws among widgets and
// UI elements (`widget_types()` lists it for the "never blank" manifest).
import type { ModelSnap } from "../../state/snapshot.ts";
import type { DomContext, DomView } from "../view.ts";
import { TextInputView, NumericInputView, DatePickerView } from "./inputs.ts";
import { SliderView } from "./sliders.ts";
import { ButtonView, ButtonGroupView } from "./buttons.ts";
import { SelectView, MultiChoiceView } from "./selects.ts";
import { ChoiceGroupView, SwitchView } from "./groups.ts";
import { MarkupView } from "./markup.ts";
import { DataTableView, table_part_types } from "./table.ts";
import { AutocompleteInputView } from "./autocomplete.ts";
import { ColorPickerView, MultiplePickerView, RangePickerView, SinglePickerView } from "./pickers.ts";
import { FileInputView } from "./file_input.ts";
import { DialogView, GroupBoxView, HelpButtonView, ScrollBoxView, TooltipView } from "./containers.ts";

export type WidgetFactory = (m: ModelSnap, ctx: DomContext) => DomView;

type ViewClass = new (m: ModelSnap, ctx: DomContext) => DomView;
const with_view = (View: ViewClass): WidgetFactory => (m, ctx) => new View(m, ctx);

const WIDGETS: ReadonlyMap<string, WidgetFactory> = new Map<string, WidgetFactory>([
  ...(["TextInput", "PasswordInput", "TextAreaInput"] as const).map((t) => [t, with_view(TextInputView)] as const),
  ["AutocompleteInput", with_view(AutocompleteInputView)],
  ["NumericInput", with_view(NumericInputView)],
  ["Spinner", with_view(NumericInputView)],
  ["DatePicker", with_view(DatePickerView)],
  ["DatetimePicker", with_view(SinglePickerView)],
  ["TimePicker", with_view(SinglePickerView)],
  ["DateRangePicker", with_view(RangePickerView)],
  ["DatetimeRangePicker", with_view(RangePickerView)],
  ["MultipleDatePicker", with_view(MultiplePickerView)],
  ["MultipleDatetimePicker", with_view(MultiplePickerView)],
  ["ColorPicker", with_view(ColorPickerView)],
  ["FileInput", with_view(FileInputView)],
  ...(["Slider", "RangeSlider", "DateSlider", "DateRangeSlider", "DatetimeRangeSlider", "CategoricalSlider"] as const).map((t) => [t, with_view(SliderView)] as const),
  ...(["Button", "Toggle", "Dropdown"] as const).map((t) => [t, with_view(ButtonView)] as const),
  ["HelpButton", with_view(HelpButtonView)],
  ["RadioButtonGroup", with_view(ButtonGroupView)],
  ["CheckboxButtonGroup", with_view(ButtonGroupView)],
  ["Select", with_view(SelectView)],
  ["MultiSelect", with_view(SelectView)],
  ["MultiChoice", with_view(MultiChoiceView)],
  ["CheckboxGroup", with_view(ChoiceGroupView)],
  ["RadioGroup", with_view(ChoiceGroupView)],
  ["Switch", with_view(SwitchView)],
  ...(["Div", "Paragraph", "PreText"] as const).map((t) => [t, with_view(MarkupView)] as const),
  ["DataTable", with_view(DataTableView)],
  ["ScrollBox", with_view(ScrollBoxView)],
  ["GroupBox", with_view(GroupBoxView)],
  ["Dialog", with_view(DialogView)],
  ["Tooltip", with_view(TooltipView)],
]);

export function create_widget_view(m: ModelSnap, ctx: DomContext): DomView | null {
  return WIDGETS.get(m.type)?.(m, ctx) ?? null;
}

/** The widget and UI element types this client draws (with the models DataTable reads: columns, cell formatters and editors). */
export function widget_types(): string[] {
  // BuiltinIcon: HelpButton's default icon (HelpButtonView shows its "?")
  return [...WIDGETS.keys(), ...table_part_types(), "BuiltinIcon"];
}
