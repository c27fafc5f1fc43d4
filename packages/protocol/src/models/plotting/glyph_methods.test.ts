import { describe, it, expect } from "vitest";
import * as M from "../index.ts";
import { Document } from "../../document/document.ts";
import { ErrorCode } from "../../errors.ts";

describe("bokeh.plotting glyph methods of the whole catalog", () => {
  it("each glyph method makes a GlyphRenderer of its Bokeh glyph type, keyword and positional", () => {
    const p = M.figure();
    const cases: Array<[string, () => M.GlyphRenderer]> = [
      ["AnnularWedge", () => p.annular_wedge({ x: [1, 2], y: [1, 2], inner_radius: 0.1, outer_radius: 0.3, start_angle: 0, end_angle: 1 })],
      ["Annulus", () => p.annulus([1, 2], [1, 2], 0.1, 0.3)],
      ["Arc", () => p.arc({ x: [1], y: [1], radius: 0.5, start_angle: 0, end_angle: 3 })],
      ["Bezier", () => p.bezier({ x0: [0], y0: [0], x1: [1], y1: [1], cx0: [0.2], cy0: [1], cx1: [0.8], cy1: [0] })],
      ["Block", () => p.block({ x: [1], y: [1], width: 1, height: 2 })],
      ["Ellipse", () => p.ellipse([1, 2], [3, 4], 1, 0.5, { fill_color: "red" })],
      ["HAreaStep", () => p.harea_step({ x1: [0, 0], x2: [1, 2], y: [0, 1] })],
      ["VAreaStep", () => p.varea_step({ x: [0, 1], y1: [0, 0], y2: [1, 2] })],
      ["HexTile", () => p.hex_tile({ q: [0, 1], r: [0, 1], size: 1 })],
      ["HSpan", () => p.hspan({ y: [1, 2], line_width: 2 })],
      ["VSpan", () => p.vspan([1, 2])],
      ["HStrip", () => p.hstrip({ y0: [1], y1: [2] })],
      ["VStrip", () => p.vstrip({ x0: [1], x1: [2] })],
      ["ImageStack", () => p.image_stack({ image: [new Float64Array(8)], x: 0, y: 0, dw: 1, dh: 1, color_mapper: new M.WeightedStackColorMapper({ palette: ["red", "blue"], alpha_mapper: new M.LinearColorMapper({ palette: ["red", "blue"] }) }) })],
      ["ImageURL", () => p.image_url({ url: ["https://example.com/a.png"], x: 0, y: 0, w: 1, h: 1 })],
      ["MultiPolygons", () => p.multi_polygons({ xs: [[[[0, 1, 1]]]], ys: [[[[0, 0, 1]]]] })],
      ["Ngon", () => p.ngon({ x: [0], y: [0], radius: 1, n: 6 })],
      ["Quadratic", () => p.quadratic({ x0: [0], y0: [0], x1: [1], y1: [1], cx: [0.5], cy: [1] })],
      ["MathMLGlyph", () => p.mathml({ x: [0], y: [0], text: ["<math><mi>x</mi></math>"] })],
      ["TeXGlyph", () => p.tex({ x: [0], y: [0], text: ["x^2"] })],
    ];
    for (const [type, call] of cases) {
      const r = call();
      expect(r, type).toBeInstanceOf(M.GlyphRenderer);
      expect(r.glyph.type, type).toBe(type);
      expect(p.renderers, type).toContain(r);
    }
    const e = p.renderers.find((r) => r instanceof M.GlyphRenderer && r.glyph.type === "Ellipse") as M.GlyphRenderer;
    expect(e.glyph.properties_with_values()).toMatchObject({ x: { field: "x" }, width: { value: 1 }, height: { value: 0.5 }, fill_color: { value: "red" } });
    expect(Object.keys((e.data_source as M.ColumnDataSource).data)).toEqual(expect.arrayContaining(["x", "y"]));
    // The whole figure round-trips and every glyph keeps its type.
    const doc = new Document();
    doc.add_root(p);
    const copy = Document.from_json(JSON.parse(JSON.stringify(doc.to_json().json)));
    expect(copy.roots[0]!.type).toBe("Figure");
    for (const [type] of cases) expect([...copy.models.values()].some((m) => m.type === type), type).toBe(true);
  });

  it("varea_stack and harea_stack stack their columns as bokeh.plotting does", () => {
    const source = new M.ColumnDataSource({ data: { x: [1, 2], a: [1, 2], b: [3, 4] } });
    const p = M.figure();
    const v = p.varea_stack(["a", "b"], { x: "x", color: ["red", "blue"], source });
    expect(v.map((r) => r.glyph.type)).toEqual(["VArea", "VArea"]);
    expect(v.map((r) => r.name)).toEqual(["a", "b"]);
    const y2 = (v[1]!.glyph.properties_with_values().y2 as { expr: M.Stack }).expr;
    expect(y2).toBeInstanceOf(M.Stack);
    expect(y2.fields).toEqual(["a", "b"]);
    const h = p.harea_stack(["a", "b"], { y: "x", source });
    expect(h.map((r) => r.glyph.type)).toEqual(["HArea", "HArea"]);
    expect(((h[0]!.glyph.properties_with_values().x2 as { expr: M.Stack }).expr).fields).toEqual(["a"]);
  });

  it("a glyph method refuses an attribute its glyph does not have, with a typed error", () => {
    const p = M.figure();
    expect(() => p.hex_tile({ q: [0], r: [0], radius: 1 } as never)).toThrowError(expect.objectContaining({ code: ErrorCode.UNKNOWN_ATTRIBUTE }));
  });

  it("Bokeh idioms compile and work: axis ticker/formatter, a palette as a list", () => {
    const p = M.figure({ title: "t" });
    p.xaxis.ticker = new M.SingleIntervalTicker({ interval: 5 });
    p.xaxis.formatter = new M.PrintfTickFormatter({ format: "%d" });
    const mapper = new M.LinearColorMapper({ palette: M.Viridis256 });
    expect(p.xaxis[0]!.ticker).toBeInstanceOf(M.SingleIntervalTicker);
    expect(p.xaxis[0]!.formatter.type).toBe("PrintfTickFormatter");
    expect(mapper.palette.length).toBe(256);
  });
});
