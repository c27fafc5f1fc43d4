import { describe, it, expect } from "vitest";
import { arc_points, cubic_points, ellipse_points, in_ellipse, in_sweep, ngon_points, quadratic_points, step_area, step_edge, step_hit } from "./geometry.ts";

const pairs = (pts: number[]): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < pts.length; k += 2) out.push([+pts[k]!.toFixed(6) + 0, +pts[k + 1]!.toFixed(6) + 0]); // + 0: no -0
  return out;
};

describe("stepped area outlines (as BokehJS's VAreaStep/HAreaStep walk them)", () => {
  const p = [0, 1, 2], a = [10, 20, 30], b = [0, 0, 0];
  it("'before' changes level at the previous position, 'after' at the next one", () => {
    expect(pairs(step_edge("before", p, a, 0, 3))).toEqual([[0, 10], [0, 20], [1, 20], [1, 30], [2, 30]]);
    expect(pairs(step_edge("after", p, a, 0, 3))).toEqual([[0, 10], [1, 10], [1, 20], [2, 20], [2, 30]]);
  });
  it("'center' changes level halfway between positions", () => {
    expect(pairs(step_edge("center", p, a, 0, 3))).toEqual([[0, 10], [0.5, 10], [0.5, 20], [1, 20], [1.5, 20], [1.5, 30], [2, 30]]);
  });
  it("closes the area by walking the second edge backwards in the flipped mode", () => {
    const out = pairs(step_area("before", p, a, b));
    expect(out.slice(0, 5)).toEqual([[0, 10], [0, 20], [1, 20], [1, 30], [2, 30]]);
    // back along b (all 0) from p=2 to p=0 in "after" mode: moves along at the current level
    expect(out.slice(5)).toEqual([[2, 0], [1, 0], [1, 0], [0, 0], [0, 0]]);
    expect(step_area("after", [], [], [])).toEqual([]);
  });
  it("hit testing finds the step under a point", () => {
    expect(step_hit("before", p, a, b, 0.5, 15)).toBe(1);
    expect(step_hit("before", p, a, b, 0.5, 25)).toBe(-1);
    expect(step_hit("after", p, a, b, 0.5, 5)).toBe(0);
    expect(step_hit("center", p, a, b, 1.2, 19)).toBe(1);
    expect(step_hit("center", p, a, b, 1.7, 25)).toBe(2);
  });
});

describe("curves sampled into polylines", () => {
  it("a quadratic Bézier starts and ends at its end points and passes the midpoint formula", () => {
    const q = quadratic_points(0, 0, 50, 100, 100, 0);
    expect(q.slice(0, 2)).toEqual([0, 0]);
    expect(q.slice(-2)).toEqual([100, 0]);
    const n = q.length / 2 - 1;
    expect(n % 2).toBe(0); // so the sample at t = 0.5 exists for this check
    expect(q[n]).toBeCloseTo(50); expect(q[n + 1]).toBeCloseTo(50); // (1-t)^2 P0 + 2t(1-t) C + t^2 P1 at t = 0.5
  });
  it("a cubic Bézier matches B(t) at t = 0.5 and uses ~2 px segments", () => {
    const c = cubic_points(0, 0, 0, 100, 100, 100, 100, 0);
    const n = c.length / 2 - 1;
    expect(n).toBe(150); // control polygon 300 px long
    expect(c[n]).toBeCloseTo(50); expect(c[n + 1]).toBeCloseTo(75);
  });
  it("an arc follows canvas ctx.arc: clockwise on screen unless anticlockwise", () => {
    const cw = pairs(arc_points(0, 0, 10, 0, Math.PI / 2, false));
    expect(cw[0]).toEqual([10, 0]);
    expect(cw.at(-1)).toEqual([0, 10]);
    expect(cw[Math.floor(cw.length / 2)]![1]).toBeGreaterThan(0); // through +y (screen down)
    const acw = pairs(arc_points(0, 0, 10, 0, Math.PI / 2, true));
    expect(acw.at(-1)).toEqual([0, 10]);
    expect(acw[Math.floor(acw.length / 2)]![0]).toBeLessThan(0); // the long way round, through -x
    for (const [x, y] of acw) expect(Math.hypot(x, y)).toBeCloseTo(10);
  });
});

describe("closed outlines", () => {
  it("an ngon's first vertex is straight up (screen) and turns clockwise with the angle", () => {
    const sq = pairs(ngon_points(0, 0, 10, 4, 0));
    expect(sq).toEqual([[0, -10], [10, 0], [0, 10], [-10, 0]]);
    const turned = pairs(ngon_points(0, 0, 10, 4, Math.PI / 2));
    expect(turned[0]).toEqual([10, 0]);
  });
  it("an ellipse's outline and point test agree, with the rotation clockwise on screen", () => {
    const pts = pairs(ellipse_points(0, 0, 20, 10, Math.PI / 2));
    expect(pts[0]![0]).toBeCloseTo(0); expect(pts[0]![1]).toBeCloseTo(20); // the 20 px semi-axis now points down
    expect(in_ellipse(0, 19, 0, 0, 20, 10, Math.PI / 2)).toBe(true);
    expect(in_ellipse(19, 0, 0, 0, 20, 10, Math.PI / 2)).toBe(false);
    expect(in_ellipse(19, 0, 0, 0, 20, 10, 0)).toBe(true);
  });
  it("a wedge's sweep contains the angles it draws through", () => {
    expect(in_sweep(Math.PI / 4, 0, Math.PI / 2, false)).toBe(true);
    expect(in_sweep(Math.PI, 0, Math.PI / 2, false)).toBe(false);
    expect(in_sweep(Math.PI, 0, Math.PI / 2, true)).toBe(true);
    expect(in_sweep(-Math.PI / 4, -Math.PI / 2, 0, false)).toBe(true);
  });
});
