import { describe, expect, it } from "vitest";
import { selected_runs } from "./line_points.ts";

describe("a line's selected runs (drawn in the selection look, as BokehJS)", () => {
  it("groups consecutive selected rows; a lone row or an out-of-range one draws no segment", () => {
    expect(selected_runs(new Set([12, 10, 11, 20, 30, 31, 99]), 50)).toEqual([[10, 13], [30, 32]]);
    expect(selected_runs(new Set([5]), 50)).toEqual([]);
  });
});
