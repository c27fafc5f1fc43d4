import { describe, it, expect } from "vitest";
import { MARKER_TYPES, marker_code, outline, segments, base_shape, trace_outline, type PathSink } from "./markers.ts";

class Recorder implements PathSink {
  calls: string[] = [];
  pts: Array<[number, number]> = [];
  moveTo(x: number, y: number) { this.calls.push("M"); this.pts.push([x, y]); }
  lineTo(x: number, y: number) { this.calls.push("L"); this.pts.push([x, y]); }
  closePath() { this.calls.push("Z"); }
  arc() { this.calls.push("A"); }
}

describe("markers", () => {
  it("covers the common bokeh markers", () => {
    expect(MARKER_TYPES.length).toBeGreaterThanOrEqual(25);
    expect(marker_code("circle")).toBe(0);
    expect(marker_code("nonsense")).toBe(0);
    expect(marker_code("square_x")).toBeGreaterThan(0);
  });
  it("shapes fit within the size box", () => {
    for (const m of MARKER_TYPES) {
      const o = outline(base_shape(m), 5);
      if (Array.isArray(o)) for (const [x, y] of o) { expect(Math.abs(x)).toBeLessThanOrEqual(5 + 1e-9); expect(Math.abs(y)).toBeLessThanOrEqual(5 * 1.16); }
      for (const [a, b] of segments(m, 5)) for (const [x, y] of [a, b]) expect(Math.hypot(x, y)).toBeLessThanOrEqual(5 * Math.SQRT2 + 1e-9);
    }
  });
  it("triangle points up and is centred on its centroid", () => {
    const o = outline("triangle", 10) as Array<[number, number]>;
    const cy = (o[0]![1] + o[1]![1] + o[2]![1]) / 3;
    expect(cy).toBeCloseTo(0);
    expect(o[2]![1]).toBeLessThan(0);
  });
  it("line-only markers have no outline but have segments", () => {
    for (const m of ["cross", "x", "asterisk", "dash", "y"]) {
      expect(outline(base_shape(m), 4)).toBeNull();
      expect(segments(m, 4).length).toBeGreaterThan(0);
    }
    expect(segments("asterisk", 4).length).toBe(4);
  });
  it("traces closed outlines", () => {
    const r = new Recorder();
    trace_outline(r, "square_x", 10, 10, 2);
    expect(r.calls).toEqual(["M", "L", "L", "L", "Z"]);
    expect(r.pts[0]).toEqual([8, 8]);
    const c = new Recorder();
    trace_outline(c, "circle_dot", 0, 0, 2);
    expect(c.calls).toContain("A");
  });
});
