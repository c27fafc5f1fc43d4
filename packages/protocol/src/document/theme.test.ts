import { describe, it, expect } from "vitest";
import { Theme } from "./theme.ts";
import { Document } from "./document.ts";
import * as M from "../models/index.ts";
import { ErrorCode } from "../errors.ts";

const YAML_THEME = `
attrs:
  Plot:
    background_fill_color: "#20262B"
    width: 500
  Axis:
    axis_label_text_color: white
  LinearAxis:
    axis_label_text_color: yellow
  Glyph:
    line_color: red
  Title:
    text_color: white
`;

describe("Theme", () => {
  it("YAML theme values replace defaults by class name and base class, the most derived winning", () => {
    const doc = new Document();
    doc.theme = new Theme(YAML_THEME);
    const p = M.figure({ title: "t", width: 300 });
    const g = new M.Line(); // (glyph methods set colors explicitly, as in Bokeh, so themes do not reach those)
    doc.add_root(p);
    doc.add_root(new M.GlyphRenderer({ glyph: g }));
    expect(p.background_fill_color).toBe("#20262B");
    expect(p.width).toBe(300); // set explicitly: the theme does not override it
    expect(p.xaxis[0]!.axis_label_text_color).toBe("yellow");
    expect(g.line_color).toBe("red"); // by the abstract base Glyph
    expect((p.title as M.Title).text_color).toBe("white");
    // Themed values travel with the document, as Bokeh serializes them.
    const copy = Document.from_json(JSON.parse(JSON.stringify(doc.to_json().json)));
    expect((copy.roots[0] as M.Figure).background_fill_color).toBe("#20262B");
  });

  it("a JSON theme set on a document that already holds models applies to them", () => {
    const doc = new Document();
    const s = new M.Slider({ start: 0, end: 10, value: 1, title: "x" });
    doc.add_root(s);
    doc.theme = new Theme({ json: { attrs: { Slider: { bar_color: "red" }, Widget: { width: 250 } } } });
    expect(s.bar_color).toBe("red");
    expect(s.width).toBe(250);
    expect(s.title).toBe("x");
  });

  it("a theme that is not a mapping, or a value of the wrong kind, is refused with a typed error", () => {
    expect(() => new Theme("- a\n- b")).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    expect(() => new Theme({ json: { attrs: { Plot: 5 as never } } })).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    const doc = new Document();
    const p = M.figure();
    doc.add_root(p);
    expect(() => (doc.theme = new Theme({ json: { attrs: { Plot: { width: "wide" } } } }))).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
  });
});
