import { describe, it, expect } from "vitest";
import type { ModelSnap } from "../../../state/snapshot.ts";
import { basis_of, compute_dimensional } from "./dimensional.ts";

const TICKS = [1, 2, 5, 10, 15, 20, 25, 50, 75, 100, 125, 150, 200, 250, 500, 750];
const metric: ModelSnap = { id: "m", type: "MetricLength", attrs: { base_unit: "m", exclude: ["dm", "hm"], include: null } };

describe("a ScaleBar's length (BokehJS's Dimensional.compute)", () => {
  const basis = basis_of(metric);
  it("MetricLength lists prefixed metres, without the excluded dm and hm", () => {
    const names = basis.map((b) => b.name);
    expect(names).toContain("km");
    expect(names).toContain("µm");
    expect(names).not.toContain("dm");
    expect(names).not.toContain("hm");
  });
  it("re-expresses a span in the largest unit below it and snaps up to the next preferred tick", () => {
    // 0.2 of a 0..10 m range = 2 m: 2 is not below tick 2, so the next tick (5) is taken, as BokehJS's bisect_right
    const r = compute_dimensional(basis, TICKS, 2, "m", false);
    expect(r).toMatchObject({ value: 5, unit: "m", exact: false });
    expect(r.scale).toBeCloseTo(2.5);
    const km = compute_dimensional(basis, TICKS, 2300, "m", false);
    expect(km).toMatchObject({ value: 5, unit: "km" });
    expect(km.scale).toBeCloseTo(5000 / 2300);
  });
  it("keeps the value as is with exact sizing", () => {
    const r = compute_dimensional(basis, TICKS, 0.0123, "m", true);
    expect(r.unit).toBe("cm");
    expect(r.value).toBeCloseTo(1.23);
    expect(r.scale).toBeCloseTo(1);
  });
});
