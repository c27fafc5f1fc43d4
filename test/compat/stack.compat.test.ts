/** BokehJS reads Dash's stacked bars (stack() expressions) without complaint. */
import { describe, it, expect } from "vitest";
import { Document, ColumnDataSource, figure } from "@dash/protocol";
import { use_bokehjs } from "./bokehjs.ts";

const bk = use_bokehjs();

describe("stack expressions", () => {
  it("BokehJS 3.10 reads a vbar_stack document: Stack models with their fields", async () => {
    const doc = new Document();
    const p = figure({ x_range: ["a", "b"] });
    p.vbar_stack(["y1", "y2"], { x: "x", width: 0.9, source: new ColumnDataSource({ data: { x: ["a", "b"], y1: [1, 2], y2: [3, 4] } }), color: ["red", "blue"] });
    doc.add_root(p);
    const read = await bk.from_json(doc.to_json().json);
    expect(read.warnings).toEqual([]);
    const stacks = Object.values(read.models).filter((m) => m.type === "Stack").map((m) => m.attributes.fields);
    expect(stacks).toEqual(expect.arrayContaining([["y1"], ["y1", "y2"]]));
  });
});
