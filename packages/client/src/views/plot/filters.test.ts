import { describe, it, expect } from "vitest";
import { Resolver, type DocSnap, type ModelSnap } from "../../state/snapshot.ts";
import { view_indices } from "./filters.ts";

function run(filters: ModelSnap[], data: Record<string, unknown[]>, n: number): number[] | null {
  const view: ModelSnap = { id: "v", type: "CDSView", attrs: { filter: { $ref: filters[0]!.id } } };
  const models: Record<string, ModelSnap> = { v: view };
  for (const f of filters) models[f.id] = f;
  const snap: DocSnap = { models, roots: ["v"], title: "" };
  const out = view_indices(view, data as never, n, new Resolver(snap));
  return out === null ? null : Array.from(out);
}
const f = (id: string, type: string, attrs: Record<string, unknown> = {}): ModelSnap => ({ id, type, attrs });

describe("CDSView filters", () => {
  it("AllIndices, and filters that keep every row, draw everything", () => {
    expect(run([f("a", "AllIndices")], {}, 4)).toBeNull();
    expect(run([f("i", "IndexFilter", { indices: null })], {}, 4)).toBeNull();
    expect(run([f("c", "CustomJSFilter")], {}, 3)).toBeNull();
  });

  it("index, boolean and group filters", () => {
    expect(run([f("i", "IndexFilter", { indices: [3, 0, 9] })], {}, 4)).toEqual([0, 3]);
    expect(run([f("b", "BooleanFilter", { booleans: [true, false, true, false] })], {}, 4)).toEqual([0, 2]);
    expect(run([f("g", "GroupFilter", { column_name: "kind", group: "x" })], { kind: ["x", "y", "x", "z"] }, 4)).toEqual([0, 2]);
  });

  it("inversion, intersection, union, difference and symmetric difference", () => {
    const a = f("a", "IndexFilter", { indices: [0, 1, 2] }), b = f("b", "IndexFilter", { indices: [1, 2, 3] });
    const ops = { operands: [{ $ref: "a" }, { $ref: "b" }] };
    expect(run([f("n", "InversionFilter", { operand: { $ref: "a" } }), a], {}, 5)).toEqual([3, 4]);
    expect(run([f("x", "IntersectionFilter", ops), a, b], {}, 5)).toEqual([1, 2]);
    expect(run([f("u", "UnionFilter", ops), a, b], {}, 5)).toEqual([0, 1, 2, 3]);
    expect(run([f("d", "DifferenceFilter", ops), a, b], {}, 5)).toEqual([0]);
    expect(run([f("s", "SymmetricDifferenceFilter", ops), a, b], {}, 5)).toEqual([0, 3]);
  });
});
