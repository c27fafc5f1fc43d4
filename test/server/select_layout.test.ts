/** bokeh.plotting parity: `p.select(...)`, `doc.select(...)` with Bokeh's selectors, and bokeh.layouts.layout(). */
import { describe, expect, it } from "vitest";
import {
  Column, ColumnDataSource, Document, GlyphRenderer, HoverTool, PanTool, Row, Scatter, Slider, Tool, WheelZoomTool,
  figure, layout, ErrorCode,
} from "@dash/server";

function plot() {
  const source = new ColumnDataSource({ data: { x: [1, 2, 3], y: [3, 1, 2] } });
  const p = figure({ tools: "pan,wheel_zoom,hover" });
  const r = p.scatter({ x: "x", y: "y", source, name: "dots" });
  p.line({ x: "x", y: "y", source, tags: ["trend", "grey"] });
  return { p, r, source };
}

describe("select, as Bokeh's Model.select / Document.select", () => {
  it("by type: p.select(HoverTool) finds the figure's hover tool", () => {
    const { p } = plot();
    const hovers = p.select(HoverTool);
    expect(hovers).toHaveLength(1);
    expect(hovers[0]).toBeInstanceOf(HoverTool);
    expect(p.select(Tool).map((t) => t.type).sort()).toEqual(["HoverTool", "PanTool", "WheelZoomTool"]);
    expect(p.select_one(PanTool)).toBeInstanceOf(PanTool);
  });

  it("by name, by tags, by type list and by attribute value, all keys matching", () => {
    const { p, r } = plot();
    expect(p.select({ name: "dots" })).toEqual([r]);
    expect(p.select({ type: GlyphRenderer, name: "dots" })).toEqual([r]);
    expect(p.select({ type: Scatter })).toHaveLength(3); // glyph, nonselection_glyph, muted_glyph (as in Bokeh)
    // as in bokeh.plotting, `tags` given to a glyph method goes to the glyph (and its selection/muted copies)
    expect(p.select({ tags: "trend" }).map((m) => m.type)).toEqual(["Line", "Line", "Line"]);
    expect(p.select({ tags: ["nope", "grey"] })).toHaveLength(3);
    expect(p.select({ tags: "nope" })).toEqual([]);
    expect(p.select({ type: [PanTool, WheelZoomTool] })).toHaveLength(2);
    expect(p.select({ type: GlyphRenderer, visible: true })).toHaveLength(2);
    r.visible = false;
    expect(p.select({ type: GlyphRenderer, visible: false })).toEqual([r]);
    expect(p.select({ no_such_attr: 1 })).toEqual([]);
  });

  it("doc.select searches the whole document; select_one refuses several matches", () => {
    const { p } = plot();
    const slider = new Slider({ start: 0, end: 1, value: 0, step: 0.1, name: "speed" });
    const doc = new Document();
    doc.add_root(p);
    doc.add_root(slider);
    expect(doc.select({ name: "speed" })).toEqual([slider]);
    expect(doc.select_one(Slider)).toBe(slider);
    expect(doc.select_one({ name: "absent" })).toBe(null);
    expect(() => doc.select_one(GlyphRenderer)).toThrow(/select_one\(\) found 2/);
    expect(() => doc.select(42 as never)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
  });
});

describe("layout(), as bokeh.layouts.layout", () => {
  it("nested lists alternate column / row / column", () => {
    const a = figure(), b = figure(), c = new Slider({ start: 0, end: 1, value: 0, step: 0.1 }), d = figure();
    const l = layout([[a, b], c, [[d]]]);
    expect(l).toBeInstanceOf(Column);
    const [r0, c1, r2] = l.children;
    expect(r0).toBeInstanceOf(Row);
    expect((r0 as Row).children).toEqual([a, b]);
    expect(c1).toBe(c);
    expect(r2).toBeInstanceOf(Row);
    const inner = (r2 as Row).children[0] as Column;
    expect(inner).toBeInstanceOf(Column);
    expect(inner.children).toEqual([d]);
  });

  it("sizing_mode goes to every box and to elements without one; other attributes to the outer column", () => {
    const a = figure(), b = figure({ sizing_mode: "fixed" });
    const l = layout([[a, b]], { sizing_mode: "stretch_width", name: "main" });
    expect(l.name).toBe("main");
    expect(l.sizing_mode).toBe("stretch_width");
    expect((l.children[0] as Row).sizing_mode).toBe("stretch_width");
    expect(a.sizing_mode).toBe("stretch_width");
    expect(b.sizing_mode).toBe("fixed");
  });

  it("refuses what is not an element, naming where", () => {
    expect(() => layout([[figure(), "x" as never]])).toThrow(/children\[0\]\[1\] is not a UI element/);
  });
});
