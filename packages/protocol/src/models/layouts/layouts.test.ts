import { describe, it, expect } from "vitest";
import { Document } from "../../document/document.ts";
import { ErrorCode, ValidationError } from "../../errors.ts";
import { Row, Column, GridBox, Spacer, Tabs, TabPanel } from "./index.ts";
import { Button, Div, Slider } from "../widgets/index.ts";

describe("layouts", () => {
  it("have BokehJS's defaults", () => {
    const r = new Row();
    expect([r.children, r.spacing, r.width, r.height, r.sizing_mode, r.margin, r.align, r.flow_mode, r.resizable, r.visible, r.width_policy, r.aspect_ratio, r.css_classes, r.styles, r.stylesheets, r.html_id, r.context_menu, r.elements]).toEqual(
      [[], 0, null, null, null, null, "auto", "block", false, true, "auto", null, [], {}, [], null, null, []],
    );
    const g = new GridBox();
    expect([g.children, g.rows, g.cols, g.spacing]).toEqual([[], null, null, 0]);
    const t = new Tabs();
    expect([t.tabs, t.active, t.tabs_location, t.link_layouts]).toEqual([[], 0, "above", false]);
    const p = new TabPanel();
    expect([p.title, p.closable, p.disabled, p.tooltip]).toEqual(["", false, false, null]);
    expect(new Spacer().margin).toBeNull(); // widgets have 5, layouts null
    expect(new Button().margin).toBe(5);
  });

  it("GridBox takes [child, row, col] and [child, row, col, rowspan, colspan]; refuses other shapes", () => {
    const a = new Div(), b = new Div();
    const g = new GridBox({ children: [[a, 0, 0], [b, 1, 0, 1, 2]], rows: { size: "1fr", align: "start" }, cols: ["auto", "2fr"] });
    expect(g.children).toEqual([[a, 0, 0], [b, 1, 0, 1, 2]]);
    for (const bad of [[[a, 0]], [[a, -1, 0]], [[a, 0, 0.5]], [["x", 0, 0]], [[a, 0, 0, 1, 2, 3]]]) {
      expect(() => g.setv({ children: bad })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    }
    expect(() => g.setv({ rows: { size: "1fr", align: "middle" } })).toThrowError(ValidationError);
    expect(() => g.setv({ cols: { size: "1fr", extra: 1 } })).toThrowError(ValidationError);
    expect(g.children).toEqual([[a, 0, 0], [b, 1, 0, 1, 2]]);
  });

  it("tracks models in nested layouts (children, grid cells, tab panels) in the document", () => {
    const s = new Slider({ start: 0, end: 1, value: 0 });
    const d = new Div({ text: "x" });
    const b = new Button();
    const root = new Column({ children: [new Row({ children: [b] }), new GridBox({ children: [[d, 0, 0]] }), new Tabs({ tabs: [new TabPanel({ child: s, title: "s" })] })] });
    const doc = new Document();
    doc.add_root(root);
    for (const m of [s, d, b]) expect(doc.get_model_by_id(m.id)).toBe(m);
    const back = Document.from_json(doc.to_json().json);
    const tabs = (back.roots[0] as Column).children[2] as Tabs;
    expect((tabs.tabs[0]!.child as Slider).value).toBe(0);
    const grid = (back.roots[0] as Column).children[1] as GridBox;
    expect(grid.children[0]![0].id).toBe(d.id);
  });

  it("refuses non-UI children and bad layout attributes without changing anything", () => {
    const c = new Column({ spacing: 3 });
    expect(() => c.setv({ children: [new TabPanel()] })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    expect(() => c.setv({ spacing: 4, margin: "5px" })).toThrowError(ValidationError);
    expect(() => c.setv({ align: ["start", "middle"] })).toThrowError(ValidationError);
    expect(() => new Tabs({ tabs_location: "top" as never })).toThrowError(ValidationError);
    expect([c.children, c.spacing, c.margin, c.align]).toEqual([[], 3, null, "auto"]);
  });
});
