import { describe, it, expect } from "vitest";
import { render_template, tooltip_rows, basic_format } from "./hover_format.ts";

const vars = {
  index: 1, x: 1.23456, y: 1000.5, sx: 10, sy: 20, name: "r1",
  data: { x: new Float64Array([1, 2.5]), "my col": ["a", "b"], t: new Float64Array([0, Date.UTC(2024, 4, 6, 12)]) },
};

describe("hover templates", () => {
  it("basic formatting like bokeh", () => {
    expect(basic_format(3)).toBe("3");
    expect(basic_format(2.5)).toBe("2.500");
    expect(basic_format(12345.5)).toBe("1.235e+4");
  });
  it("replaces columns and specials", () => {
    expect(render_template("@x / @{my col} / $index / $x", vars)).toBe("2.500 / b / 1 / 1.235");
    expect(render_template("@x{0.0}", vars)).toBe("2.5");
    expect(render_template("@t{%F %H}", vars, { "@t": "datetime" })).toBe("2024-05-06 12");
    expect(render_template("@x{%.1f}", vars, { "@x": "printf" })).toBe("2.5");
    expect(render_template("@missing", vars)).toBe("???");
  });
  it("builds rows from a tooltip list", () => {
    expect(tooltip_rows([["label", "@{my col}"], ["x", "$x{0.00}"]], vars)).toEqual([["label", "b"], ["x", "1.23"]]);
    expect(tooltip_rows("<b>@x</b>", vars)).toBe("<b>2.500</b>");
  });
});
