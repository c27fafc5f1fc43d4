/**
 * Every widget and layout, each with non-default attributes, for round-trip and BokehJS
 * compatibility tests (packages/protocol and test/compat).
 */
import type { Model } from "../../core/model.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { Row, Column, GridBox, Spacer, Tabs, TabPanel, Pane } from "../layouts/index.ts";
import {
  Button, Toggle, Dropdown, Select, MultiSelect, MultiChoice, TextInput, TextAreaInput, NumericInput, Spinner,
  DatePicker, CheckboxGroup, RadioGroup, RadioButtonGroup, CheckboxButtonGroup, Switch, Div, Paragraph, PreText,
  Slider, RangeSlider, DateSlider, DataTable, TableColumn, StringFormatter, NumberFormatter, DateFormatter,
  HTMLTemplateFormatter, ScientificFormatter, BooleanFormatter, StringEditor, NumberEditor, IntEditor, SelectEditor,
  CheckboxEditor, DateEditor, TextEditor,
} from "./index.ts";

/** Concrete widget model names (BokehJS type names). */
export const WIDGET_TYPES = [
  "Button", "Toggle", "Dropdown", "Select", "MultiSelect", "MultiChoice", "TextInput", "TextAreaInput",
  "NumericInput", "Spinner", "DatePicker", "CheckboxGroup", "RadioGroup", "RadioButtonGroup", "CheckboxButtonGroup",
  "Switch", "Div", "Paragraph", "PreText", "Slider", "RangeSlider", "DateSlider", "DataTable", "TableColumn",
  "StringFormatter", "NumberFormatter", "DateFormatter", "HTMLTemplateFormatter", "ScientificFormatter",
  "BooleanFormatter", "StringEditor", "NumberEditor", "IntEditor", "SelectEditor", "CheckboxEditor", "DateEditor",
  "TextEditor",
] as const;

/** Concrete layout model names. */
export const LAYOUT_TYPES = ["Row", "Column", "GridBox", "Spacer", "Tabs", "TabPanel", "Pane"] as const;

export interface UIFixture {
  readonly root: Column;
  /** One configured instance per concrete type name. */
  readonly by_type: Record<string, Model>;
}

/** A Column holding every widget and layout, each with attributes that differ from Bokeh's defaults. */
export function every_ui_model(): UIFixture {
  const source = new ColumnDataSource({ data: { x: new Float64Array([1, 2.5, NaN]), name: ["a", "b", "c"], flag: [true, false, true] } });
  const formatters = {
    StringFormatter: new StringFormatter({ font_style: "bold", text_align: "center", text_color: "red", nan_format: "nan!" }),
    NumberFormatter: new NumberFormatter({ format: "0.000", rounding: "floor", text_color: { field: "name" } }),
    DateFormatter: new DateFormatter({ format: "%Y-%m-%d" }),
    HTMLTemplateFormatter: new HTMLTemplateFormatter({ template: "<b><%= value %></b>" }),
    ScientificFormatter: new ScientificFormatter({ precision: 3, power_limit_high: 4, power_limit_low: -2 }),
    BooleanFormatter: new BooleanFormatter({ icon: "check-square" }),
  };
  const editors = {
    StringEditor: new StringEditor({ completions: ["alpha", "beta"] }),
    NumberEditor: new NumberEditor({ step: 0.5 }),
    IntEditor: new IntEditor({ step: 2 }),
    SelectEditor: new SelectEditor({ options: ["a", "b", "c"] }),
    CheckboxEditor: new CheckboxEditor(),
    DateEditor: new DateEditor(),
    TextEditor: new TextEditor(),
  };
  const columns = [
    new TableColumn({ field: "x", title: "X", width: 120, formatter: formatters.NumberFormatter, editor: editors.NumberEditor, default_sort: "descending" }),
    new TableColumn({ field: "name", formatter: formatters.StringFormatter, editor: editors.SelectEditor, sortable: false }),
    new TableColumn({ field: "flag", formatter: formatters.BooleanFormatter, editor: editors.CheckboxEditor }),
    new TableColumn({ field: "x", formatter: formatters.ScientificFormatter, editor: editors.IntEditor, visible: false }),
    new TableColumn({ field: "x", formatter: formatters.DateFormatter, editor: editors.DateEditor }),
    new TableColumn({ field: "name", formatter: formatters.HTMLTemplateFormatter, editor: editors.TextEditor }),
    new TableColumn({ field: "name", editor: editors.StringEditor }),
  ];
  const widgets = {
    Button: new Button({ label: "Go", button_type: "success", css_classes: ["go"], styles: { color: "red" } }),
    Toggle: new Toggle({ active: true, button_type: "warning" }),
    Dropdown: new Dropdown({ label: "Menu", menu: ["one", ["Two", "two"], null], split: true }),
    Select: new Select({ title: "Pick", value: "b", options: [["a", "A"], ["b", "B"]] }),
    MultiSelect: new MultiSelect({ value: ["x"], options: ["x", "y", ["z", "Zed"]], size: 6 }),
    MultiChoice: new MultiChoice({ value: ["p"], options: ["p", "q"], max_items: 2, placeholder: "choose", solid: false }),
    TextInput: new TextInput({ value: "hello", placeholder: "type", prefix: "$", max_length: 20 }),
    TextAreaInput: new TextAreaInput({ value: "multi\nline", rows: 5, cols: 40, max_length: 1000 }),
    NumericInput: new NumericInput({ value: 3.5, mode: "float", low: 0, high: 10, format: "0.00" }),
    Spinner: new Spinner({ value: 2, value_throttled: 2, step: 0.25, low: -1, high: 5, page_step_multiplier: 4 }),
    DatePicker: new DatePicker({ value: "2024-03-01", min_date: "2024-01-01", max_date: new Date(Date.UTC(2024, 11, 31)), disabled_dates: ["2024-02-02", ["2024-02-10", "2024-02-12"]] }),
    CheckboxGroup: new CheckboxGroup({ labels: ["a", "b", "c"], active: [0, 2], inline: true }),
    RadioGroup: new RadioGroup({ labels: ["a", "b"], active: 1 }),
    RadioButtonGroup: new RadioButtonGroup({ labels: ["l", "r"], active: 0, orientation: "vertical" }),
    CheckboxButtonGroup: new CheckboxButtonGroup({ labels: ["u", "v"], active: [1], button_type: "primary" }),
    Switch: new Switch({ active: true, label: "on?" }),
    Div: new Div({ text: "<b>bold</b>", render_as_text: true }),
    Paragraph: new Paragraph({ text: "para", disable_math: true }),
    PreText: new PreText({ text: "  pre", width: 200, height: 50 }),
    Slider: new Slider({ start: 0, end: 10, value: 0, value_throttled: 0, step: 0.5, title: "speed", bar_color: "navy", show_value: false }),
    RangeSlider: new RangeSlider({ start: -5, end: 5, value: [-1, 1], step: 0.1, direction: "rtl" }),
    DateSlider: new DateSlider({ start: new Date(Date.UTC(2024, 0, 1)), end: Date.UTC(2024, 11, 31), value: Date.UTC(2024, 5, 1), step: 2 }),
    DataTable: new DataTable({ source, columns, editable: true, selectable: "checkbox", index_position: null, frozen_rows: 1, sizing_mode: "stretch_width" }),
  };
  const spacer = new Spacer({ width: 20, min_height: 5, margin: [1, 2, 3, 4] });
  const grid = new GridBox({
    children: [[widgets.Div, 0, 0], [widgets.Paragraph, 0, 1, 1, 2], [spacer, 1, 0]],
    rows: ["auto", { size: "1fr", align: "center" }],
    cols: new Map([[0, "100px"]]),
    spacing: [5, 10],
  });
  const panel_a = new TabPanel({ title: "Inputs", child: new Column({ children: [widgets.TextInput, widgets.TextAreaInput, widgets.NumericInput, widgets.Spinner, widgets.DatePicker] }), closable: true });
  const panel_b = new TabPanel({ title: "Choices", child: new Row({ children: [widgets.Select, widgets.MultiSelect, widgets.MultiChoice] }) });
  const tabs = new Tabs({ tabs: [panel_a, panel_b], active: 1, tabs_location: "left" });
  const pane = new Pane({ elements: [widgets.PreText] });
  const buttons = new Row({
    children: [widgets.Button, widgets.Toggle, widgets.Dropdown, widgets.CheckboxGroup, widgets.RadioGroup, widgets.RadioButtonGroup, widgets.CheckboxButtonGroup, widgets.Switch],
    spacing: 4,
    align: ["start", "center"],
    flow_mode: "inline",
  });
  const sliders = new Column({ children: [widgets.Slider, widgets.RangeSlider, widgets.DateSlider], resizable: "width", visible: true, width_policy: "max" });
  const root = new Column({ children: [buttons, sliders, tabs, grid, pane, widgets.DataTable], sizing_mode: "stretch_both", css_classes: ["root"], name: "root" });
  const by_type: Record<string, Model> = {
    ...widgets, ...formatters, ...editors,
    TableColumn: columns[0]!,
    Row: buttons, Column: sliders, GridBox: grid, Spacer: spacer, Tabs: tabs, TabPanel: panel_a, Pane: pane,
  };
  return { root, by_type };
}
