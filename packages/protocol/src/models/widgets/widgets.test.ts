import { describe, it, expect } from "vitest";
import { Document } from "../../document/document.ts";
import { Model, registry, type UIEvent } from "../../core/model.ts";
import { ErrorCode, ValidationError } from "../../errors.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { CDSView } from "../sources/cds_view.ts";
import {
  Button, Toggle, Dropdown, Select, MultiSelect, MultiChoice, TextInput, TextAreaInput, NumericInput, Spinner,
  DatePicker, CheckboxGroup, RadioGroup, RadioButtonGroup, CheckboxButtonGroup, Switch, Div, Paragraph, PreText,
  Slider, RangeSlider, DateSlider, DataTable, TableColumn, StringFormatter, NumberFormatter, DateFormatter,
  HTMLTemplateFormatter, ScientificFormatter, BooleanFormatter, StringEditor, NumberEditor, IntEditor,
} from "./index.ts";
import { Column, Row } from "../layouts/index.ts";
import { every_ui_model, WIDGET_TYPES, LAYOUT_TYPES } from "./test_fixtures.ts";

describe("widgets: construction with Bokeh's defaults", () => {
  it("registers every concrete widget and layout under its Bokeh name", () => {
    for (const name of [...WIDGET_TYPES, ...LAYOUT_TYPES]) {
      const cls = registry.get(name);
      expect(cls, name).toBeDefined();
      const m = new cls!();
      expect(m.type).toBe(name);
    }
    for (const name of ["Widget", "InputWidget", "AbstractSlider", "AbstractButton", "ToggleButtonGroup", "Markup", "TableWidget", "CellFormatter", "CellEditor", "LayoutDOM", "UIElement"]) {
      expect(registry.has(name), name).toBe(false);
    }
  });

  it("has BokehJS 3.10's defaults", () => {
    const s = new Slider();
    expect([s.step, s.format, s.width, s.margin, s.title, s.show_value, s.direction, s.bar_color, s.orientation]).toEqual([1, "0[.]00", 300, 5, "", true, "ltr", "#e6e6e6", "horizontal"]);
    expect(Number.isNaN(s.start) && Number.isNaN(s.end) && Number.isNaN(s.value)).toBe(true); // unset in Bokeh
    expect(new RangeSlider().format).toBe("0[.]00");
    expect(new DateSlider().format).toBe("%d %b %Y");
    const b = new Button();
    expect([b.label, b.button_type, b.icon, b.disabled, b.visible, b.css_classes, b.sizing_mode, b.align]).toEqual(["Button", "default", null, false, true, [], null, "auto"]);
    expect(new Toggle().label).toBe("Toggle");
    expect(new Toggle().active).toBe(false);
    expect([new Dropdown().label, new Dropdown().menu, new Dropdown().split]).toEqual(["Dropdown", [], false]);
    expect([new Select().value, new Select().options]).toEqual(["", []]);
    expect(new MultiSelect().size).toBe(4);
    expect([new MultiChoice().delete_button, new MultiChoice().max_items, new MultiChoice().solid]).toEqual([true, null, true]);
    expect([new TextInput().value, new TextInput().value_input, new TextInput().prefix, new TextInput().max_length]).toEqual(["", "", null, null]);
    expect([new TextAreaInput().rows, new TextAreaInput().cols, new TextAreaInput().max_length]).toEqual([2, 20, 500]);
    expect([new NumericInput().mode, new NumericInput().value, new NumericInput().format]).toEqual(["int", null, null]);
    expect([new Spinner().mode, new Spinner().step, new Spinner().page_step_multiplier, new Spinner().wheel_wait]).toEqual(["float", 1, 10, 100]);
    expect([new DatePicker().value, new DatePicker().date_format, new DatePicker().position, new DatePicker().inline]).toEqual([null, "Y-m-d", "auto", false]);
    expect([new CheckboxGroup().active, new RadioGroup().active, new RadioButtonGroup().active, new CheckboxButtonGroup().active]).toEqual([[], null, null, []]);
    expect([new Switch().active, new Switch().label, new Switch().on_icon]).toEqual([false, "", null]);
    expect([new Div().text, new Div().render_as_text, new Paragraph().disable_math, new PreText().margin]).toEqual(["", false, false, 5]);
    const t = new DataTable();
    expect([t.width, t.height, t.autosize_mode, t.selectable, t.index_position, t.row_height, t.columns]).toEqual([600, 400, "force_fit", true, 0, 25, []]);
    expect(t.source).toBeInstanceOf(ColumnDataSource);
    expect(t.view).toBeInstanceOf(CDSView);
    expect(new DataTable().source).not.toBe(t.source); // factories, never shared
    const c = new TableColumn({ field: "x" });
    expect([c.width, c.sortable, c.default_sort, c.visible, c.title]).toEqual([300, true, "ascending", true, null]);
    expect(c.formatter).toBeInstanceOf(StringFormatter);
    expect(c.editor).toBeInstanceOf(StringEditor);
    expect([new StringFormatter().nan_format, new StringFormatter().null_format, new StringFormatter().font_style]).toEqual(["NaN", "(null)", { value: "normal" }]);
    expect([new NumberFormatter().format, new NumberFormatter().nan_format, new NumberFormatter().rounding]).toEqual(["0,0", "-", "round"]);
    expect([new DateFormatter().format, new ScientificFormatter().precision, new BooleanFormatter().icon, new HTMLTemplateFormatter().template]).toEqual(["ISO-8601", 10, "check", "<%= value %>"]);
    expect([new NumberEditor().step, new IntEditor().step]).toEqual([0.01, 1]);
  });

  it("accepts the forms Bokeh accepts and normalises dates", () => {
    const d = new DateSlider({ start: new Date(Date.UTC(2024, 0, 1)), end: Date.UTC(2024, 1, 1), value: new Date(Date.UTC(2024, 0, 15)) });
    expect([d.start, d.end, d.value]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1), Date.UTC(2024, 0, 15)]);
    expect(d.value_as_date).toEqual(new Date(Date.UTC(2024, 0, 15)));
    expect(new DateSlider().value_as_date).toBeNull();
    expect(new DatePicker({ value: new Date(Date.UTC(2024, 2, 9)) }).value).toBe("2024-03-09");
    expect(new Select({ options: { fruit: ["apple", ["b", "banana"]] } }).options).toEqual({ fruit: ["apple", ["b", "banana"]] });
    expect(new Dropdown({ menu: ["a", ["B", "b"], null] }).menu).toEqual(["a", ["B", "b"], null]);
    expect(new Button({ margin: [1, 2] }).margin).toEqual([1, 2]);
    expect(new Button({ align: ["start", "end"], resizable: "both", styles: { color: "red", "font-size": null } }).resizable).toBe("both");
  });
});

describe("widgets: invalid values are refused with a typed error and nothing changes", () => {
  const cases: Array<[() => Model, string, unknown]> = [
    [() => new Slider({ start: 0, end: 10, value: 5 }), "value", "5"],
    [() => new Slider({ start: 0, end: 10, value: 5 }), "bar_color", "not-a-color"],
    [() => new Slider({ start: 0, end: 10, value: 5 }), "direction", "up"],
    [() => new RangeSlider({ start: 0, end: 10, value: [1, 2] }), "value", [1, 2, 3]],
    [() => new Button(), "button_type", "huge"],
    [() => new Button(), "margin", [1, 2, 3]],
    [() => new Toggle(), "active", 1],
    [() => new Dropdown(), "menu", [1]],
    [() => new MultiSelect(), "value", "a"],
    [() => new MultiChoice(), "max_items", 1.5],
    [() => new TextInput(), "value", null],
    [() => new NumericInput(), "mode", "double"],
    [() => new Spinner(), "step", "1"],
    [() => new DatePicker(), "value", { year: 2024 }],
    [() => new CheckboxGroup({ labels: ["a"] }), "active", [0.5]],
    [() => new RadioGroup(), "active", "0"],
    [() => new Div(), "text", 3],
    [() => new DataTable(), "source", new Row()],
    [() => new DataTable(), "selectable", "rows"],
    [() => new TableColumn({ field: "x" }), "formatter", new StringEditor()],
    [() => new Column(), "children", [new StringFormatter()]],
    [() => new Column(), "sizing_mode", "stretch"],
  ];
  it.each(cases.map(([make, attr, bad]) => [make().type, attr, bad, make] as const))("%s.%s refuses %j", (_type, attr, bad, make) => {
    const m = make() as Model & Record<string, unknown>;
    const before = m[attr];
    let err: unknown = null;
    try {
      m.setv({ [attr]: bad });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).code).toBe(ErrorCode.BAD_VALUE);
    expect((err as ValidationError).message).toContain(`${m.type}.${attr}`);
    expect(m[attr]).toBe(before);
  });

  it("a multi-attribute set with one bad value stores nothing", () => {
    const s = new Slider({ start: 0, end: 10, value: 5 });
    expect(() => s.setv({ value: 7, title: "ok", step: "x" })).toThrowError(ValidationError);
    expect([s.value, s.title, s.step]).toEqual([5, "", 1]);
    expect(() => new Slider({ start: 0, end: 10, value: "5" as never })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    expect(() => new Button({ lable: "typo" } as Record<string, unknown>)).toThrowError(expect.objectContaining({ code: ErrorCode.UNKNOWN_ATTRIBUTE }));
  });
});

describe("widgets and layouts in a document", () => {
  it("round-trip through Document.to_json / from_json with equal attributes", () => {
    const { root, by_type } = every_ui_model();
    const doc = new Document();
    doc.add_root(root);
    const { json, buffers } = doc.to_json();
    const text = JSON.stringify(json);
    const back = Document.from_json(JSON.parse(text), new Map(buffers));
    expect(back.roots.map((r) => r.id)).toEqual([root.id]);
    expect([...back.models.keys()].sort()).toEqual([...doc.models.keys()].sort());
    for (const [id, m] of doc.models) {
      const other = back.get_model_by_id(id)!;
      expect(other.type).toBe(m.type);
      expect(other.constructor, `${m.type} is built as the exported class`).toBe(m.constructor);
      expect(plain(other.properties_with_values()), `${m.type} ${id}`).toEqual(plain(m.properties_with_values()));
    }
    for (const m of Object.values(by_type)) expect(back.get_model_by_id(m.id)!.type).toBe(m.type);
    // and the JSON Dash writes again is the same
    expect(JSON.stringify(back.to_json().json)).toBe(text);
  });

  it("runs an on_event('button_click') callback when the UI event is applied", () => {
    const button = new Button({ label: "click me" });
    const doc = new Document();
    doc.add_root(new Column({ children: [button] }));
    const seen: UIEvent[] = [];
    button.on_event("button_click", (e) => {
      seen.push(e);
    });
    expect([...button.subscribed_events]).toEqual(["button_click"]);
    doc.apply_events({
      events: [{
        kind: "MessageSent", msg_type: "bokeh_event",
        msg_data: { type: "event", name: "button_click", values: { type: "map", entries: [["model", { id: button.id }]] } },
      }],
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.event_name).toBe("button_click");
    expect(seen[0]!.model).toBe(button);
  });

  it("applies a client's value change to a slider and reports it to on_change", () => {
    const slider = new Slider({ start: 0, end: 10, value: 1 });
    const doc = new Document();
    doc.add_root(slider);
    const changes: unknown[] = [];
    slider.on_change("value", (_a, old, value) => {
      changes.push([old, value]);
    });
    doc.apply_events({ events: [{ kind: "ModelChanged", model: { id: slider.id }, attr: "value", new: 4 }] });
    expect(slider.value).toBe(4);
    expect(changes).toEqual([[1, 4]]);
    expect(() => doc.apply_events({ events: [{ kind: "ModelChanged", model: { id: slider.id }, attr: "value", new: "x" }] })).toThrowError();
    expect(slider.value).toBe(4);
  });
});

/** Attribute values with models replaced by their ids and typed arrays by plain arrays (NaN-safe). */
function plain(v: unknown): unknown {
  if (v instanceof Model) return { id: v.id };
  if (Array.isArray(v)) return v.map(plain);
  if (ArrayBuffer.isView(v)) return { typed: v.constructor.name, values: Array.from(v as unknown as ArrayLike<number>, (x) => (Number.isNaN(x) ? "NaN" : x)) };
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  if (v instanceof Map) return { map: [...v].map(([k, x]) => [plain(k), plain(x)]) };
  if (v instanceof Set) return { set: [...v].map(plain) };
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
