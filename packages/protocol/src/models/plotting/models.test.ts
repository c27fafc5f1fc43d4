import { describe, it, expect } from "vitest";
import * as all from "../plot_index.ts";
import { Model, type ModelClass } from "../../core/model.ts";
import { concrete_classes } from "./test_helpers.ts";
import { is_typed_array, is_plain_object } from "../../core/kinds.ts";
import { Document } from "../../document/document.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { ErrorCode } from "../../errors.ts";

function required(cls: ModelClass): Record<string, unknown> {
  switch (cls.__name__) {
    case "GlyphRenderer": return { glyph: new all.Line() };
    case "ColorBar": return { color_mapper: new all.LinearColorMapper({ palette: ["red", "blue"] }) };
    default: return {};
  }
}

/** A comparable view of a value: models by id, typed arrays as arrays. */
function plain(v: unknown): unknown {
  if (v instanceof Model) return { id: v.id };
  if (is_typed_array(v)) return Array.from(v as ArrayLike<number>);
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Map) return { map: [...v].map(([k, x]) => [plain(k), plain(x)]) };
  if (v instanceof Set) return { set: [...v].map(plain) };
  if (is_plain_object(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

describe("plot models", () => {
  it("every concrete model is registered under its Bokeh name", () => {
    expect(concrete_classes.length).toBeGreaterThan(70);
    const names = concrete_classes.map((c) => c.__name__);
    for (const n of ["Figure", "Plot", "GlyphRenderer", "Scatter", "LinearAxis", "DataRange1d", "HoverTool", "Legend", "ColorBar", "GridPlot"]) expect(names).toContain(n);
  });

  it("a document with every model round-trips through to_json/from_json with equal attributes", () => {
    const doc = new Document();
    const source = new ColumnDataSource({ data: { x: [1, 2, 3], y: [4, 5, 6], c: ["a", "b", "c"] } });
    const p = all.figure({ title: "all", x_range: [0, 4], tools: "pan,wheel_zoom,box_zoom,reset,save,hover,tap,box_select,lasso_select,crosshair", tooltips: [["x", "@x"]] });
    p.line({ x: "x", y: "y", source, line_width: 2, line_dash: [4, 2], legend_label: "line" });
    p.scatter({ x: "x", y: "y", source, size: 8, marker: "triangle", fill_color: all.factor_cmap("c", all.palettes.Category10_3, ["a", "b", "c"]), legend_field: "c" });
    p.vbar({ x: "x", top: "y", width: 0.5, source, hover_fill_color: "red" });
    doc.add_root(p);
    for (const cls of concrete_classes) doc.add_root(new cls(required(cls)));

    const { json } = doc.to_json();
    const copy = Document.from_json(JSON.parse(JSON.stringify(json)));
    expect(copy.roots.length).toBe(doc.roots.length);
    expect(copy.models.size).toBe(doc.models.size);
    for (const m of doc.models.values()) {
      const m2 = copy.get_model_by_id(m.id)!;
      expect(m2, m.toString()).not.toBeNull();
      expect(m2.type).toBe(m.type);
      expect(m2.constructor, m.type).toBe(m.constructor);
      expect(plain(m2.properties_with_values()), m.toString()).toEqual(plain(m.properties_with_values()));
    }
    expect(copy.roots[0]).toBeInstanceOf(all.Figure);
  });

  it("a wrong attribute name or kind is refused with a typed error and nothing changes", () => {
    const axis = new all.LinearAxis();
    expect(() => axis.setv({ axis_label: "ok", major_label_text_font_size: 12 })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    expect(axis.axis_label).toBeNull();
    expect(() => new all.Range1d({ begin: 1 } as never)).toThrowError(expect.objectContaining({ code: ErrorCode.UNKNOWN_ATTRIBUTE }));
    const s = new all.Scatter();
    expect(() => s.setv({ marker: { value: "hexagon" } })).toThrowError(/Scatter.marker expected/);
    expect(s.marker).toEqual({ value: "circle" });
    expect(() => (new all.Grid().dimension = 2 as never)).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
  });
});
