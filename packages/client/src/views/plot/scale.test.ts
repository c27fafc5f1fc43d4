import { describe, it, expect, vi } from "vitest";
import { LinearScale, LogScale, CategoricalScale, affine } from "./scale.ts";
import { FactorMap, factor_bounds } from "./factors.ts";
import { data_range, resolve_range } from "./ranges.ts";
// ranges.ts reads each glyph's extent from the glyph registry, beside the glyph views, which import
// pixi.js; pixi does not load in Node (it reads `navigator`), and range maths draws nothing.
vi.mock("pixi.js", () => new Proxy({}, { get: (_t, name) => (name === "then" ? undefined : class {}) }));
import { Resolver, type DocSnap, type ModelSnap } from "../../state/snapshot.ts";

describe("scales", () => {
  it("linear maps and inverts", () => {
    const s = new LinearScale(0, 10, 0, 100);
    expect(s.compute(5)).toBe(50);
    expect(s.invert(25)).toBe(2.5);
    const flipped = new LinearScale(0, 10, 100, 0); // y axis: screen grows downward
    expect(flipped.compute(10)).toBe(0);
  });
  it("log maps decades evenly", () => {
    const s = new LogScale(1, 1000, 0, 300);
    expect(s.compute(10)).toBeCloseTo(100);
    expect(s.invert(200)).toBeCloseTo(100);
    expect(s.compute(-1)).toBeNaN();
  });
  it("affine handles zero span", () => {
    expect(affine(1, 1, 0, 10)).toEqual([0, 0]);
  });
  it("categorical places factors at centers", () => {
    const m = new FactorMap(["a", "b", "c"]);
    expect(m.synthetic("a")).toBe(0.5);
    expect(m.synthetic("c")).toBe(2.5);
    expect(m.synthetic(["b", 0.25])).toBe(1.75);
    const s = new CategoricalScale(m, 0, 3, 0, 300);
    expect(s.compute("b")).toBe(150);
  });
  it("nested factors get group padding", () => {
    const m = new FactorMap([["x", "1"], ["x", "2"], ["y", "1"]]);
    expect(m.synthetic(["x", "1"])).toBe(0.5);
    expect(m.synthetic(["y", "1"])).toBeCloseTo(2 + 1.4 + 0.5);
    expect(m.synthetic("x")).toBe(1);
    expect(m.groups.map((g) => g.label)).toEqual(["x", "y"]);
    expect(factor_bounds(m, 0.1, "percent")[1]).toBeCloseTo(m.end + m.end * 0.05);
  });
});

const snap = (id: string, type: string, attrs: Record<string, unknown> = {}): ModelSnap => ({ id, type, attrs });

describe("DataRange1d", () => {
  const r = new Resolver({ models: {}, roots: [], title: "" });
  it("pads by 10 percent around the data", () => {
    const range = snap("r", "DataRange1d");
    expect(data_range(range, 0, 10)).toEqual([-0.5, 10.5]);
  });
  it("uses default_span for a single value", () => {
    expect(data_range(snap("r", "DataRange1d"), 3, 3)).toEqual([2, 4]);
  });
  it("honours start/end overrides and follow", () => {
    expect(data_range(snap("r", "DataRange1d", { start: 0 }), 2, 10)).toEqual([0, 10.4]);
    const [s, e] = data_range(snap("r", "DataRange1d", { follow: "end", follow_interval: 5, range_padding: 0 }), 0, 100);
    expect([s, e]).toEqual([95, 100]);
  });
  it("log ranges pad in log space", () => {
    const [s, e] = data_range(snap("r", "DataRange1d"), 1, 100, true);
    expect(Math.log10(s)).toBeCloseTo(-0.1);
    expect(Math.log10(e)).toBeCloseTo(2.1);
  });
  it("auto-ranges over glyph renderers", () => {
    const doc: DocSnap = {
      title: "", roots: [],
      models: {
        src: snap("src", "ColumnDataSource", { data: { x: new Float64Array([1, 2, 3]), top: new Float64Array([5, 10, 2]) } }),
        g: snap("g", "VBar", { x: { field: "x" }, top: { field: "top" }, width: { value: 0.8 } }),
        gr: snap("gr", "GlyphRenderer", { glyph: { $ref: "g" }, data_source: { $ref: "src" } }),
      },
    };
    const res = new Resolver(doc);
    const rx = resolve_range(snap("xr", "DataRange1d"), [doc.models["gr"]!], 0, res);
    expect(rx.start).toBeCloseTo(2 - 2.8 * 1.1 / 2);
    const ry = resolve_range(snap("yr", "DataRange1d"), [doc.models["gr"]!], 1, res);
    expect(ry.start).toBeCloseTo(-0.5);
    expect(ry.end).toBeCloseTo(10.5);
    void r;
  });
});

import { parse_color } from "../../format/color.ts";
describe("colors", () => {
  it("parses bokeh color forms", () => {
    expect(parse_color("navy")).toEqual({ rgb: 0x000080, alpha: 1 });
    expect(parse_color("#f00")).toEqual({ rgb: 0xff0000, alpha: 1 });
    expect(parse_color("#1f77b480")?.alpha).toBeCloseTo(0.5, 2);
    expect(parse_color("rgba(0, 128, 255, 0.5)")).toEqual({ rgb: 0x0080ff, alpha: 0.5 });
    expect(parse_color([255, 0, 0, 0.25])).toEqual({ rgb: 0xff0000, alpha: 0.25 });
    expect(parse_color(null)).toBeNull();
  });
});
