import { describe, it, expect } from "vitest";
import { figure } from "./index.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { Stack } from "../expressions/stack.ts";
import { VBar } from "../glyphs/vbar.ts";
import { Document } from "../../document/document.ts";

describe("vbar_stack / hbar_stack", () => {
  it("makes one renderer per stacker with stack() bottoms and tops, splitting list arguments", () => {
    const source = new ColumnDataSource({ data: { x: ["a", "b"], y1: [1, 2], y2: [3, 4] } });
    const p = figure({ x_range: ["a", "b"] });
    const rs = p.vbar_stack(["y1", "y2"], { x: "x", width: 0.9, source, color: ["red", "blue"], legend_label: ["one", "two"] });
    expect(rs).toHaveLength(2);
    const [g1, g2] = rs.map((r) => r.glyph as VBar);
    expect((g1!.bottom as { expr: Stack }).expr.fields).toEqual([]);
    expect((g1!.top as { expr: Stack }).expr.fields).toEqual(["y1"]);
    expect((g2!.bottom as { expr: Stack }).expr.fields).toEqual(["y1"]);
    expect((g2!.top as { expr: Stack }).expr.fields).toEqual(["y1", "y2"]);
    expect(g2!.fill_color).toEqual({ value: "blue" });
    expect(rs.map((r) => r.name)).toEqual(["y1", "y2"]);
    expect(p.legend.items.map((i) => (i as unknown as { label: unknown }).label)).toEqual([{ value: "one" }, { value: "two" }]);
  });

  it("refuses bottom/top in the arguments and lists of the wrong length", () => {
    const p = figure();
    expect(() => p.vbar_stack(["a", "b"], { x: "x", top: 1 })).toThrowError(/cannot be used/);
    expect(() => p.hbar_stack(["a", "b"], { y: "y", color: ["red"] })).toThrowError(/same length as stackers/);
  });

  it("round-trips stack expressions through JSON", () => {
    const doc = new Document();
    const p = figure();
    p.hbar_stack(["a", "b"], { y: "y", height: 0.5, source: new ColumnDataSource({ data: { y: [1], a: [1], b: [2] } }) });
    doc.add_root(p);
    const copy = Document.from_json(JSON.parse(JSON.stringify(doc.to_json().json)));
    const stacks = copy.select(Stack).map((s) => s.fields);
    expect(stacks).toEqual(expect.arrayContaining([[], ["a"], ["a", "b"]]));
  });
});
