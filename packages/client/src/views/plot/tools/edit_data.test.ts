import { describe, expect, it } from "vitest";
import type { ModelSnap } from "../../../state/snapshot.ts";
import { box_drag_keys, box_fields, copy_columns, delete_rows, field_of, pad_empty_columns, pop_glyphs, shift_lists, shift_rows } from "./edit_data.ts";
import { combine, select_mode } from "./edit_tool.ts";
import { RangeHistory } from "./actions.ts";
import { box_part } from "./range_tool.ts";

const snap = (type: string, attrs: Record<string, unknown>): ModelSnap => ({ id: "m", type, attrs });

describe("edit tools' column edits (BokehJS EditToolView)", () => {
  it("copies a source's columns deeply enough to edit (typed arrays and nested lists become arrays)", () => {
    const src = snap("ColumnDataSource", { data: { x: new Float64Array([1, 2]), xs: [new Float64Array([1, 2]), [3]] } });
    const c = copy_columns(src);
    expect(c).toEqual({ x: [1, 2], xs: [[1, 2], [3]] });
    (c["xs"]![0] as number[]).push(9);
    expect(Array.from((src.attrs["data"] as { xs: Float64Array[] }).xs[0]!)).toEqual([1, 2]);
  });
  it("num_objects drops the oldest rows so the new one keeps the count", () => {
    const c = { x: [1, 2, 3], y: [4, 5, 6] };
    pop_glyphs(c, 3);
    expect(c).toEqual({ x: [2, 3], y: [5, 6] });
    pop_glyphs(c, 0);
    expect(c.x).toEqual([2, 3]);
  });
  it("pads the other columns: default_overrides, then the source's default_values, then inferred, then empty_value", () => {
    const before = { x: [1], s: ["a"], n: [1], o: [{}], d: [0], e: [] as unknown[] };
    const c = { x: [1, 2], s: ["a"], n: [1], o: [{}], d: [0], e: [] as unknown[] };
    pad_empty_columns(c, ["x"], snap("PointDrawTool", { default_overrides: { n: 7 }, empty_value: "E" }), snap("ColumnDataSource", { default_values: { d: 3 } }), before);
    expect(c).toEqual({ x: [1, 2], s: ["a", ""], n: [1, 7], o: [{}, "E"], d: [0, 3], e: ["E"] });
  });
  it("deletes rows and shifts rows and lists", () => {
    const c = { x: [1, 2, 3], y: [1, 2, 3], xs: [[0, 1], [2, 3]], ys: [[0, 1], [2, 3]] } as Record<string, unknown[]>;
    shift_rows(c, [0, 2], { x: ["x"], y: [] }, 10, 5);
    expect(c["x"]).toEqual([11, 2, 13]);
    expect(c["y"]).toEqual([1, 2, 3]);
    shift_lists(c, [1], "xs", "ys", 1, -1);
    expect(c["xs"]).toEqual([[0, 1], [3, 4]]);
    expect(c["ys"]).toEqual([[0, 1], [1, 2]]);
    delete_rows(c, [2, 0]);
    expect(c["x"]).toEqual([2]);
  });
  it("BoxEditTool writes each glyph type's own columns", () => {
    const f = (n: string) => ({ field: n });
    expect(box_fields(snap("Rect", { x: f("x"), y: f("y"), width: f("w"), height: f("h") }), 1, 3, 2, 6)).toEqual({ x: 2, y: 4, w: 2, h: 4 });
    expect(box_fields(snap("Quad", { left: f("l"), right: f("r"), top: f("t"), bottom: f("b") }), 1, 3, 2, 6)).toEqual({ l: 1, r: 3, t: 6, b: 2 });
    expect(box_fields(snap("VStrip", { x0: f("a"), x1: f("b") }), 1, 3, 2, 6)).toEqual({ a: 1, b: 3 });
    expect(box_fields(snap("Rect", { x: f("x"), y: { value: 1 }, width: f("w"), height: f("h") }), 1, 3, 2, 6)).toBeNull();
    expect(box_drag_keys(snap("VBar", { x: f("x"), top: f("t"), bottom: f("b") }))).toEqual({ x: ["x"], y: ["t", "b"] });
    expect(field_of(snap("Scatter", { x: "xx" }), "x")).toBe("xx");
  });
  it("selection modes follow the modifiers as in BokehJS", () => {
    const p = (shift: boolean, ctrl: boolean) => ({ sx: 0, sy: 0, shift, ctrl });
    expect([select_mode(p(false, false)), select_mode(p(true, false)), select_mode(p(false, true)), select_mode(p(true, true))]).toEqual(["replace", "append", "intersect", "subtract"]);
    expect(combine("append", [3, 1], [2])).toEqual([1, 2, 3]);
    expect(combine("subtract", [1, 2], [2])).toEqual([1]);
    expect(combine("intersect", [1, 2], [2, 5])).toEqual([2]);
  });
});

describe("undo/redo history and RangeTool's box", () => {
  const r = (s: number, e: number) => new Map([["x", { start: s, end: e }]]);
  it("undo steps back to the first drawn ranges, redo forward; a new change drops the redo tail; reset clears", () => {
    const h = new RangeHistory();
    h.capture_initial(r(0, 10));
    expect(h.can_undo).toBe(false);
    h.push(r(0, 10)); // unchanged: not a step
    expect(h.can_undo).toBe(false);
    h.push(r(1, 9));
    h.push(r(2, 8));
    expect(h.undo()).toEqual(r(1, 9));
    expect(h.undo()).toEqual(r(0, 10));
    expect(h.undo()).toBeNull();
    expect(h.redo()).toEqual(r(1, 9));
    h.push(r(5, 6));
    expect(h.can_redo).toBe(false);
    h.clear();
    expect(h.can_undo || h.can_redo).toBe(false);
  });
  it("a drag inside the box moves it, near an edge resizes that edge", () => {
    const b = { x0: 100, x1: 200, y0: 0, y1: 300 };
    expect(box_part(150, 150, b, true, false)).toBe("move");
    expect(box_part(101, 150, b, true, false)).toBe("left");
    expect(box_part(203, 150, b, true, false)).toBe("right");
    expect(box_part(150, 1, b, true, false)).toBe("move");
    expect(box_part(150, 1, b, true, true)).toBe("top");
    expect(box_part(50, 150, b, true, false)).toBeNull();
  });
});
