// Widget model type -> view class.
import type { ModelSnap } from "../../state/snapshot.ts";
import type { DomContext, DomView } from "../view.ts";
import { TextInputView, NumericInputView, DatePickerView } from "./inputs.ts";
import { SliderView } from "./sliders.ts";
import { ButtonView, ButtonGroupView } from "./buttons.ts";
import { SelectView, MultiChoiceView } from "./selects.ts";
import { ChoiceGroupView, SwitchView } from "./groups.ts";
import { MarkupView } from "./markup.ts";
import { DataTableView } from "./table.ts";

export function create_widget_view(m: ModelSnap, ctx: DomContext): DomView | null {
  switch (m.type) {
    case "TextInput": case "PasswordInput": case "TextAreaInput": return new TextInputView(m, ctx);
    case "NumericInput": case "Spinner": return new NumericInputView(m, ctx);
    case "DatePicker": return new DatePickerView(m, ctx);
    case "Slider": case "RangeSlider": case "DateSlider": case "DateRangeSlider": return new SliderView(m, ctx);
    case "Button": case "Toggle": case "Dropdown": return new ButtonView(m, ctx);
    case "RadioButtonGroup": case "CheckboxButtonGroup": return new ButtonGroupView(m, ctx);
    case "Select": case "MultiSelect": return new SelectView(m, ctx);
    case "MultiChoice": return new MultiChoiceView(m, ctx);
    case "CheckboxGroup": case "RadioGroup": return new ChoiceGroupView(m, ctx);
    case "Switch": return new SwitchView(m, ctx);
    case "Div": case "Paragraph": case "PreText": return new MarkupView(m, ctx);
    case "DataTable": return new DataTableView(m, ctx);
    default: return null;
  }
}
