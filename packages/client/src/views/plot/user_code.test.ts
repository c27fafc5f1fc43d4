import { describe, expect, it, vi } from "vitest";
import { Resolver, type ModelSnap } from "../../state/snapshot.ts";
import { custom_filter_mask, custom_hover, custom_tick_labels, custom_transform } from "./user_code.ts";
import { format_ticks } from "./ticks.ts";
import { view_indices } from "./filters.ts";
import { resolve } from "./specs.ts";
import { hover_formatters, render_template } from "./hover_format.ts";

function doc(...models: ModelSnap[]): Resolver {
  return new Resolver({ models: Object.fromEntries(models.map((m) => [m.id, m])), roots: [], title: "" });
}
const source: ModelSnap = { id: "s", type: "ColumnDataSource", attrs: { data: { x: new Float64Array([1, 2, 3, 4]), k: ["a", "b", "a", "b"] } } };

describe("CustomJSTickFormatter", () => {
  it("runs its code per tick with tick, index, ticks and its args (a referenced model's attributes readable)", () => {
    const scale: ModelSnap = { id: "r", type: "Range1d", attrs: { start: 0, end: 10 } };
    const f: ModelSnap = { id: "f", type: "CustomJSTickFormatter", attrs: { args: { unit: "km", range: { $ref: "r" } }, code: "return `${tick * 2}${unit}#${index}/${ticks.length}@${range.end}`" } };
    expect(custom_tick_labels(f, [1, 2.5], doc(f, scale))).toEqual(["2km#0/2@10", "5km#1/2@10"]);
  });
  it("shares one `this` across the ticks of one call, as BokehJS binds a cache object", () => {
    const f: ModelSnap = { id: "f", type: "CustomJSTickFormatter", attrs: { args: {}, code: "this.n = (this.n ?? 0) + 1; return String(this.n)" } };
    expect(custom_tick_labels(f, [0, 1, 2], doc(f))).toEqual(["1", "2", "3"]);
  });
  it("code that throws is logged with the model's id and the ticks are shown as numbers", () => {
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    const f: ModelSnap = { id: "f9", type: "CustomJSTickFormatter", attrs: { args: {}, code: "throw new Error('bad')" } };
    expect(custom_tick_labels(f, [1, 2], doc(f))).toEqual(["1", "2"]);
    expect(String(err.mock.calls[0]?.[0])).toContain("CustomJSTickFormatter f9 failed");
    err.mockRestore();
  });
});

describe("PrintfTickFormatter", () => {
  it("formats as sprintf-js does (BokehJS's printf)", () => {
    const f: ModelSnap = { id: "p", type: "PrintfTickFormatter", attrs: { format: "%5.2f%%" } };
    expect(format_ticks(f, "basic", [1, 12.345])).toEqual([" 1.00%", "12.35%"]);
    for (const [format, out] of [["%+.1e", "+2.6e+2"], ["%x", "ff"], ["%'*6d", "***255"], ["%d and %d", "255"]]) {
      expect(format_ticks({ id: "e", type: "PrintfTickFormatter", attrs: { format } }, "basic", [255])).toEqual([out]);
    }
  });
});

describe("CustomJSFilter", () => {
  const view = (code: string): [ModelSnap, ModelSnap] => [
    { id: "v", type: "CDSView", attrs: { filter: { $ref: "cf" } } },
    { id: "cf", type: "CustomJSFilter", attrs: { args: { want: "a" }, code } },
  ];
  it("keeps the rows whose indices the code returns, reading source.data and get_length()", () => {
    const [v, f] = view("const out = []; for (let i = 0; i < source.get_length(); i++) if (source.data.k[i] === want) out.push(i); return out");
    expect(Array.from(view_indices(v, source.attrs["data"] as never, 4, doc(v, f, source))!)).toEqual([0, 2]);
  });
  it("takes booleans too, and null keeps every row", () => {
    const [v, f] = view("return Array.from(source.data.x, (x) => x > 2)");
    expect(Array.from(view_indices(v, source.attrs["data"] as never, 4, doc(v, f, source))!)).toEqual([2, 3]);
    expect(custom_filter_mask({ ...f, attrs: { args: {}, code: "return null" } }, source, 4, doc(source))).toEqual(new Uint8Array([1, 1, 1, 1]));
  });
});

describe("CustomJSTransform", () => {
  it("v_func maps a field's column; func maps each value when there is no v_func", () => {
    const t: ModelSnap = { id: "t", type: "CustomJSTransform", attrs: { args: { k: 10 }, func: "", v_func: "return xs.map((x) => x * k)" } };
    const g: ModelSnap = { id: "t", type: "Scatter", attrs: { y: { field: "x", transform: { $ref: "t" } } } };
    const spec = resolve(g, "y", source.attrs["data"] as never, doc(t));
    expect(spec.kind === "field" ? Array.from(spec.values as number[]) : spec).toEqual([10, 20, 30, 40]);
    const s: ModelSnap = { id: "u", type: "CustomJSTransform", attrs: { args: {}, func: "return -x", v_func: "" } };
    expect(Array.from(custom_transform(s, [1, 2], doc(s)))).toEqual([-1, -2]);
  });
});

describe("CustomJSHover", () => {
  it("formats a tooltip field with its code (value, format, special_vars)", () => {
    const h: ModelSnap = { id: "h", type: "CustomJSHover", attrs: { args: { pre: "~" }, code: "return pre + (value * 100).toFixed(0) + '%' + format + (special_vars.index ?? '')" } };
    const r = doc(h);
    const fmts = hover_formatters({ "@x": { $ref: "h" }, "@y": "printf" }, r);
    const vars = { index: 1, x: 0, y: 0, sx: 0, sy: 0, data: { x: [0.1, 0.25], y: [3, 4] } };
    expect(render_template("@x{!} @y{%.1f}", vars, fmts)).toBe("~25%!1 4.0");
    expect(custom_hover(h, r)(0.5, "", {})).toBe("~50%");
  });
});
