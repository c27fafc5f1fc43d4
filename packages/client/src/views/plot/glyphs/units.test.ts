import { describe, it, expect } from "vitest";
import type { ModelSnap } from "../../../state/snapshot.ts";
import { Angles, Distances, centred_extent, units_of } from "./units.ts";

const glyph = (attrs: Record<string, unknown>): ModelSnap => ({ id: "g", type: "Ellipse", attrs });
const r = { ref: () => null, refs: () => [], deref: () => null } as never;

describe("spec units as BokehJS materializes them", () => {
  it("angles in rad, deg, grad or turn become negated radians (screen y points down)", () => {
    expect(new Angles({ kind: "value", value: 90 }, "deg").at(0)).toBeCloseTo(-Math.PI / 2);
    expect(new Angles({ kind: "value", value: 0.5 }, "turn").at(0)).toBeCloseTo(-Math.PI);
    expect(new Angles({ kind: "field", values: [1, 2] }, "rad").at(1)).toBeCloseTo(-2);
    expect(units_of(glyph({ angle: { value: 30, units: "deg" } }), "angle", "rad")).toBe("deg");
    expect(units_of(glyph({ angle: 0.3 }), "angle", "rad")).toBe("rad");
  });
  it("data distances scale with the axis, screen distances stay in px", () => {
    expect(new Distances({ kind: "value", value: 2 }, "data").at(0, -40)).toBe(80);
    expect(new Distances({ kind: "value", value: 2 }, "screen").at(0, -40)).toBe(2);
  });
  it("a centred shape's extent adds half its data width, nothing for screen widths", () => {
    const ext = centred_extent((d) => (d === 0 ? "x" : "y"), (d) => (d === 0 ? "width" : "height"), true);
    const data = { x: new Float64Array([1, 5]), y: new Float64Array([0, 0]) };
    expect(ext(glyph({ x: { field: "x" }, width: { value: 2 } }), data, r, 0)).toEqual({ min: 0, max: 6 });
    expect(ext(glyph({ x: { field: "x" }, width: { value: 2, units: "screen" } }), data, r, 0)).toEqual({ min: 1, max: 5 });
  });
});
