import { describe, expect, it } from "vitest";
import { ColumnDataSource, Document, PointDrawTool, Scatter, GlyphRenderer, Slider, CategoricalSlider, DateRangeSlider, DatetimeRangeSlider, FileInput, Tooltip, Dialog, GroupBox, ColorPicker, CustomJSTickFormatter } from "@dash/protocol";
import { WritePolicy } from "./write_policy.ts";

describe("the default client write policy", () => {
  const ui = new WritePolicy("ui");
  it("lets the page's sliders set value and value_throttled, also for slider types whose catalog class skips AbstractSlider", () => {
    for (const m of [new DateRangeSlider({ start: 0, end: 10, value: [1, 2] }), new DatetimeRangeSlider({ start: 0, end: 10, value: [1, 2] }), new CategoricalSlider({ categories: ["a"], value: "a" })]) {
      expect(ui.may_set(m, "value"), m.type).toBe(true);
      expect(ui.may_set(m, "value_throttled"), m.type).toBe(true);
      expect(ui.may_set(m, "start"), m.type).toBe(false);
    }
  });
  it("lets a FileInput send exactly its file: value, filename and mime_type (not accept, multiple or title)", () => {
    const f = new FileInput({});
    expect(["value", "filename", "mime_type"].map((a) => ui.may_set(f, a))).toEqual([true, true, true]);
    expect(["accept", "multiple", "directory", "title", "js_property_callbacks"].map((a) => ui.may_set(f, a))).toEqual([false, false, false, false, false]);
  });
  it("lets the UI elements set what their views change, never code or a tooltip's content", () => {
    expect(ui.may_set(new ColorPicker({}), "color")).toBe(true);
    expect(ui.may_set(new Tooltip({ content: "x" }), "visible")).toBe(true);
    expect(ui.may_set(new Tooltip({ content: "x" }), "content")).toBe(false);
    expect(ui.may_set(new Dialog({ content: "x" }), "visible")).toBe(true);
    expect(ui.may_set(new GroupBox({}), "disabled")).toBe(true);
    expect(ui.may_set(new CustomJSTickFormatter({}), "code")).toBe(false);
  });
});

describe("may_write: what a client could set, for plain-client convergence", () => {
  it("counts a source's data only while an edit tool edits it, and the title only with structure allowed", () => {
    const policy = new WritePolicy("ui");
    const doc = new Document();
    const source = new ColumnDataSource({ data: { x: [1], y: [1] } });
    const slider = new Slider({ start: 0, end: 1, value: 0, step: 0.1 });
    doc.add_root(source);
    doc.add_root(slider);
    expect(policy.may_write(doc, source, "data")).toBe(false);
    expect(policy.may_write(doc, slider, "value")).toBe(true);
    expect(policy.may_write(doc, slider, "end")).toBe(false);
    expect(policy.may_write(doc, "title", "")).toBe(false);
    const renderer = new GlyphRenderer({ data_source: source, glyph: new Scatter({ x: { field: "x" }, y: { field: "y" } }) });
    doc.add_root(new PointDrawTool({ renderers: [renderer] }));
    expect(policy.may_write(doc, source, "data")).toBe(false); // cached until told the references changed
    policy.references_changed();
    expect(policy.may_write(doc, source, "data")).toBe(true);
    expect(new WritePolicy({ structure: true }).may_write(doc, "title", "")).toBe(true);
    expect(new WritePolicy("all").may_write(doc, source, "data")).toBe(true);
  });
});
