import { describe, it, expect } from "vitest";
import { Resolver, type DocSnap, type ModelSnap } from "../../state/snapshot.ts";
import { resolve, type Spec } from "./specs.ts";

function values_of(spec: Spec): number[] {
  if (spec.kind !== "field") throw new Error("expected a field spec");
  return Array.from(spec.values as ArrayLike<number>);
}

function doc_with(transform: ModelSnap): { r: Resolver; glyph: ModelSnap } {
  const glyph: ModelSnap = { id: "g", type: "VBar", attrs: { x: { field: "x", transform: { $ref: transform.id } } } };
  const snap: DocSnap = { models: { g: glyph, [transform.id]: transform }, roots: ["g"], title: "" };
  return { r: new Resolver(snap), glyph };
}

describe("field specs with range transforms", () => {
  it("Dodge shifts numbers and turns factors into [factor, offset] positions", () => {
    const { r, glyph } = doc_with({ id: "d", type: "Dodge", attrs: { value: -0.25 } });
    expect(resolve(glyph, "x", { x: new Float64Array([1, 2]) }, r)).toEqual({ kind: "field", values: [0.75, 1.75] });
    expect(resolve(glyph, "x", { x: ["a", "b"] }, r)).toEqual({ kind: "field", values: [["a", -0.25], ["b", -0.25]] });
  });

  it("Jitter offsets stay within width around mean and are the same on every redraw", () => {
    const { r, glyph } = doc_with({ id: "j", type: "Jitter", attrs: { width: 0.4, mean: 1, distribution: "uniform" } });
    const data = { x: new Float64Array(1000).fill(5) };
    const a = resolve(glyph, "x", data, r), b = resolve(glyph, "x", data, r);
    const values = values_of(a);
    expect(values).toEqual(values_of(b));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(5.8);
    expect(Math.max(...values)).toBeLessThan(6.2);
    expect(new Set(values).size).toBeGreaterThan(900); // spread, not one offset
    const avg = values.reduce((s, v) => s + v, 0) / values.length;
    expect(Math.abs(avg - 6)).toBeLessThan(0.03);
  });

  it("normal Jitter has the given spread", () => {
    const { r, glyph } = doc_with({ id: "j", type: "Jitter", attrs: { width: 2, mean: 0, distribution: "normal" } });
    const values = values_of(resolve(glyph, "x", { x: new Float64Array(4000) }, r));
    const avg = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - avg) ** 2, 0) / values.length);
    expect(Math.abs(avg)).toBeLessThan(0.15);
    expect(sd).toBeGreaterThan(1.8);
    expect(sd).toBeLessThan(2.2);
  });
});
