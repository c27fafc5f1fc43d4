/**
 * Browser test app for the widgets of issue 14: one document holding an AutocompleteInput,
 * PasswordInput, ColorPicker, the date/time pickers, DateRangeSlider, DatetimeRangeSlider,
 * CategoricalSlider, FileInput, HelpButton with its Tooltip, a GroupBox, a ScrollBox and a
 * Dialog. Every model has a name the test finds it by. The default client write policy ("ui").
 */
import {
  column, row, AutocompleteInput, PasswordInput, ColorPicker, DatePicker, DatetimePicker, TimePicker, DateRangePicker,
  MultipleDatePicker, DateRangeSlider, DatetimeRangeSlider, CategoricalSlider, FileInput, HelpButton, Tooltip,
  GroupBox, ScrollBox, Dialog, Div, TextInput, type Document,
} from "@dash/server";

export const DAY = 86_400_000;
export const T0 = Date.UTC(2024, 0, 1);

export default function app(doc: Document): void {
  const auto = new AutocompleteInput({ name: "auto", title: "City", completions: ["Amsterdam", "Athens", "Austin", "Berlin", "athens (GA)"], min_characters: 2, case_sensitive: false });
  const password = new PasswordInput({ name: "password", title: "Password", placeholder: "secret" });
  const color = new ColorPicker({ name: "color", title: "Colour", color: "#ff0000" });
  const date = new DatePicker({ name: "date", title: "Date", value: "2024-01-05", min_date: "2024-01-01", max_date: "2024-12-31" });
  const datetime = new DatetimePicker({ name: "datetime", title: "Datetime", value: "2024-01-05 10:30" });
  const time = new TimePicker({ name: "time", title: "Time", value: "09:15" });
  const range = new DateRangePicker({ name: "date_range", title: "Range", value: ["2024-01-02", "2024-01-09"] });
  const multi = new MultipleDatePicker({ name: "dates", title: "Dates", value: ["2024-01-03"] });
  const drs = new DateRangeSlider({ name: "drs", title: "Days", start: T0, end: T0 + 10 * DAY, value: [T0 + DAY, T0 + 3 * DAY], step: 1, width: 300 });
  const dtrs = new DatetimeRangeSlider({ name: "dtrs", title: "Hours", start: T0, end: T0 + DAY, value: [T0, T0 + 6 * 3_600_000], width: 300 });
  const cat = new CategoricalSlider({ name: "cat", title: "Size", categories: ["S", "M", "L", "XL"], value: "M", width: 300 });
  const file = new FileInput({ name: "file", title: "Upload", accept: [".csv", "text/plain"] });
  const tip = new Tooltip({ name: "tip", content: "Help text for the form", position: "right" });
  const help = new HelpButton({ name: "help", tooltip: tip });
  const inner = new TextInput({ name: "inner", title: "In the group", value: "g" });
  const group = new GroupBox({ name: "group", title: "Options", checkable: true, child: inner });
  const tall = new Div({ name: "tall", text: "top<br>".repeat(40) + "bottom" });
  const scroll = new ScrollBox({ name: "scroll", child: tall, height: 120, width: 200 });
  const dialog = new Dialog({ name: "dialog", title: "A dialog", content: new Div({ name: "dialog_text", text: "Dialog content" }), visible: true });
  doc.add_root(row(
    column(auto, password, color, date, datetime, time, range, multi),
    column(drs, dtrs, cat, file, row(help), group, scroll),
  ));
  doc.add_root(dialog);
}
