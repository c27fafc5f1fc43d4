/**
 * Every widget Dash implements, each printing its new value into a Div when it changes.
 * Values changed in the browser arrive on the server as property changes (`on_change`);
 * buttons and menus arrive as UI events (`on_event`).
 *
 *   npx dash serve examples/widgets.ts --show
 *
 * Bokeh equivalent: examples/interaction/widgets/*.py, all on one page.
 */
import {
  Button, CheckboxButtonGroup, CheckboxGroup, DatePicker, DateSlider, Div, Dropdown, MultiChoice, MultiSelect,
  NumericInput, Paragraph, PreText, RadioButtonGroup, RadioGroup, RangeSlider, Select, Slider, Spinner, Switch,
  TextAreaInput, TextInput, Toggle, column, row, type Document, type Model, type UIElement,
} from "@dash/server";

const OPTIONS = ["apple", "banana", "cherry", "damson"];

export default function app(doc: Document): void {
  const log = new Div({ name: "log", text: "Change any widget: its value appears here.", width: 300, styles: { "font-family": "monospace" } });
  const show = (name: string, value: unknown): void => {
    log.text = `${name}: ${JSON.stringify(value)}`;
  };
  /** Print `attr` of `w` into the Div whenever it changes. */
  const watch = <W extends Model>(w: W, attr: string): W => {
    w.on_change(attr, (_a, _old, value) => show(w.type, value));
    return w;
  };

  const text_inputs: UIElement[] = [
    watch(new TextInput({ name: "TextInput", title: "TextInput", value: "hello" }), "value"),
    watch(new TextAreaInput({ name: "TextAreaInput", title: "TextAreaInput", value: "two\nlines", rows: 2 }), "value"),
    watch(new NumericInput({ name: "NumericInput", title: "NumericInput", value: 42, low: 0, high: 100 }), "value"),
    watch(new Spinner({ name: "Spinner", title: "Spinner", value: 0.5, step: 0.1, low: 0, high: 1 }), "value"),
    watch(new DatePicker({ name: "DatePicker", title: "DatePicker", value: "2024-06-01", min_date: "2024-01-01", max_date: "2024-12-31" }), "value"),
  ];
  const choices: UIElement[] = [
    watch(new Select({ name: "Select", title: "Select", value: "apple", options: OPTIONS }), "value"),
    watch(new MultiSelect({ name: "MultiSelect", title: "MultiSelect", value: ["banana"], options: OPTIONS, size: 3 }), "value"),
    watch(new MultiChoice({ name: "MultiChoice", title: "MultiChoice", value: ["cherry"], options: OPTIONS }), "value"),
  ];

  const sliders: UIElement[] = [
    watch(new Slider({ name: "Slider", title: "Slider", start: 0, end: 10, value: 3, step: 0.5 }), "value"),
    watch(new RangeSlider({ name: "RangeSlider", title: "RangeSlider", start: 0, end: 10, value: [2, 7], step: 1 }), "value"),
    watch(new DateSlider({ name: "DateSlider", title: "DateSlider", start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31), value: Date.UTC(2024, 5, 1), step: 1 }), "value"),
    watch(new CheckboxGroup({ name: "CheckboxGroup", labels: ["one", "two", "three"], active: [0] }), "active"),
    watch(new RadioGroup({ name: "RadioGroup", labels: ["red", "green", "blue"], active: 1, inline: true }), "active"),
    watch(new CheckboxButtonGroup({ name: "CheckboxButtonGroup", labels: ["bold", "italic", "underline"], active: [] }), "active"),
    watch(new RadioButtonGroup({ name: "RadioButtonGroup", labels: ["left", "center", "right"], active: 0 }), "active"),
  ];

  const button = new Button({ name: "Button", label: "Button", button_type: "primary" });
  let clicks = 0;
  button.on_event("button_click", () => show("Button", `clicked ${++clicks} time${clicks === 1 ? "" : "s"}`));
  const toggle = watch(new Toggle({ name: "Toggle", label: "Toggle", button_type: "success" }), "active");
  const dropdown = new Dropdown({ name: "Dropdown", label: "Dropdown", button_type: "warning", menu: [["First", "first"], ["Second", "second"], null, ["Third", "third"]] });
  dropdown.on_event("menu_item_click", (e) => show("Dropdown", (e as unknown as { item: string }).item));
  const sw = watch(new Switch({ name: "Switch", active: true }), "active");

  const markup: UIElement[] = [
    new Paragraph({ text: "Paragraph: a block of text." }),
    new PreText({ text: "PreText:\n  preformatted   text" }),
  ];

  doc.add_root(column(
    new Div({ text: "<b>Every widget</b>: each one prints its value below when it changes." }),
    log,
    row(
      column(text_inputs, { width: 200 }),
      column([...choices, sw], { width: 200 }),
      column(sliders, { width: 310 }),
      column([button, toggle, dropdown, ...markup], { width: 180 }),
    ),
  ));
  doc.title = "Widgets";
}
