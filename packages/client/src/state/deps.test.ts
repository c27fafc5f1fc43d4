import { describe, it, expect } from "vitest";
import { dependencies } from "./deps.ts";
import { map_colors, linear_index } from "../views/plot/color_mappers.ts";
import { resolve, resolve_colors, line_dash } from "../views/plot/specs.ts";
import { Resolver, type DocSnap, type ModelSnap } from "./snapshot.ts";

const m = (id: string, type: string, attrs: Record<string, unknown> = {}): ModelSnap => ({ id, type, attrs });

describe("dependencies", () => {
  it("follows refs through arrays and objects but not column data", () => {
    const doc: DocSnap = {
      title: "", roots: ["p"],
      models: {
        p: m("p", "Figure", { renderers: [{ $ref: "r" }], extra_x_ranges: { a: { $ref: "xr2" } } }),
        r: m("r", "GlyphRenderer", { glyph: { $ref: "g" }, data_source: { $ref: "s" } }),
        g: m("g", "Scatter", { fill_color: { field: "c", transform: { $ref: "cm" } } }),
        s: m("s", "ColumnDataSource", { data: { weird: [{ $ref: "nope" }] } }),
        cm: m("cm", "LinearColorMapper"),
        xr2: m("xr2", "Range1d"),
        other: m("other", "Slider"),
      },
    };
    expect([...dependencies(doc, "p")].sort()).toEqual(["cm", "g", "p", "r", "s", "xr2"]);
  });
});

describe("color mapping and specs", () => {
  const r = new Resolver({ models: {}, roots: [], title: "" });
  it("linear mapper bins like bokeh", () => {
    expect(linear_index(0, 0, 10, 5)).toBe(0);
    expect(linear_index(9.99, 0, 10, 5)).toBe(4);
    expect(linear_index(10, 0, 10, 5)).toBe(4);
    const cm = m("cm", "LinearColorMapper", { palette: ["a", "b"], low: 0, high: 1, low_color: "lo", high_color: "hi" });
    expect(map_colors(cm, [-1, 0, 0.6, 1, 2, NaN], r)).toEqual(["lo", "a", "b", "b", "hi", "gray"]);
  });
  it("categorical mapper", () => {
    const cm = m("cm", "CategoricalColorMapper", { palette: ["red", "blue"], factors: ["x", "y", "z"] });
    expect(map_colors(cm, ["y", "z", "x"], r)).toEqual(["blue", "gray", "red"]);
  });
  it("resolves field, value and transformed specs", () => {
    const doc: DocSnap = { title: "", roots: [], models: { cm: m("cm", "LinearColorMapper", { palette: ["#000000", "#ffffff"], low: 0, high: 1 }) } };
    const res = new Resolver(doc);
    const g = m("g", "Scatter", { x: { field: "x" }, size: { value: 7 }, fill_color: { field: "v", transform: { $ref: "cm" } }, fill_alpha: 0.5 });
    const data = { x: new Float64Array([1, 2]), v: new Float64Array([0, 1]) };
    expect(resolve(g, "x", data, res)).toEqual({ kind: "field", values: data.x });
    expect(resolve(g, "size", data, res)).toEqual({ kind: "value", value: 7 });
    const c = resolve_colors(g, "fill_", data, 2, res);
    expect(Array.from(c.rgb)).toEqual([0x000000, 0xffffff]);
    expect(Array.from(c.alpha)).toEqual([0.5, 0.5]);
    const line = resolve_colors(g, "line_", data, 2, res);
    expect(line.rgb[0]).toBe(0);
    expect(line.alpha[0]).toBe(1);
  });
  it("dash patterns", () => {
    expect(line_dash("dashed")).toEqual([6]);
    expect(line_dash("4 2")).toEqual([4, 2]);
    expect(line_dash([1, 2])).toEqual([1, 2]);
    expect(line_dash("solid")).toEqual([]);
  });
});
