import { describe, expect, it } from "vitest";
import { COPIES, GAP, LinePoints, append_fits, is_gap } from "./line_points.ts";

function filled(values: ReadonlyArray<readonly [number, number]>, cap = 4): LinePoints {
  const p = new LinePoints(cap);
  p.reserve(values.length);
  values.forEach(([x, y], i) => p.set(i, x, y));
  p.set_length(values.length);
  return p;
}

const points = (p: LinePoints): Array<[number, number]> => Array.from({ length: p.n }, (_, i) => [p.x(i), p.y(i)]);

describe("LinePoints", () => {
  it("keeps a gap before the first and after the last point, each point once per quad vertex", () => {
    const p = filled([[1, 2], [3, 4]]);
    const slot = (x: number, y: number) => Array.from({ length: COPIES }, () => [x, y]).flat();
    expect(Array.from(p.data.subarray(0, 8 * COPIES))).toEqual([...slot(GAP, GAP), ...slot(1, 2), ...slot(3, 4), ...slot(GAP, GAP)]);
    expect(LinePoints.byte_offset(0)).toBe(8 * COPIES);
    // vertex v of the quad of segment i (v = COPIES * i + c) reads point i - 1 + k at slot offset k
    const read = (v: number, k: number) => p.data[(LinePoints.byte_offset(-1) + k * 8 * COPIES + 8 * v) / 4];
    for (let c = 0; c < COPIES; c++) expect([read(c, 0), read(c, 1), read(c, 2), read(c, 3)]).toEqual([GAP, 1, 3, GAP]);
    expect(is_gap(p.data[0]!)).toBe(true);
    expect(is_gap(1e30)).toBe(false);
  });

  it("stores NaN, infinite (and log of <= 0) points as gaps that break the line", () => {
    const p = filled([[0, 0], [1, 1], [2, NaN], [3, 3], [4, 4], [5, 5], [Infinity, 6], [7, 7]]);
    expect(p.valid(2)).toBe(false);
    expect(p.valid(6)).toBe(false);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => p.drawn(i))).toEqual([true, false, false, true, true, false, false]);
    // an isolated point between gaps draws nothing (Bokeh: moveTo without lineTo)
    expect(p.runs()).toEqual([[0, 1], [3, 5]]);
    expect(filled([[0, NaN], [1, 1], [2, NaN]]).runs()).toEqual([]);
  });

  it("grows by doubling and keeps what it held", () => {
    const p = filled([[1, 1], [2, 2], [3, 3]], 3);
    expect(p.cap).toBe(3);
    expect(p.reserve(0)).toBe(false);
    expect(p.reserve(1)).toBe(true);
    expect(p.cap).toBe(6);
    expect(p.reserve(20)).toBe(true);
    expect(p.cap).toBe(23);
    expect(points(p)).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(is_gap(p.x(3))).toBe(true);
  });

  it("rolls over: drops the first points, shifts the rest, restores the trailing gap", () => {
    const p = filled([[0, 0], [1, 1], [2, 2], [3, 3], [4, 4]], 8);
    p.roll(2);
    expect(p.n).toBe(3);
    expect(points(p)).toEqual([[2, 2], [3, 3], [4, 4]]);
    expect(is_gap(p.data[0]!)).toBe(true);
    expect(is_gap(p.x(3))).toBe(true);
    // then the stream's new rows go after the kept ones
    p.reserve(2);
    p.set(3, 5, 5);
    p.set(4, 6, 6);
    p.set_length(5);
    expect(points(p)).toEqual([[2, 2], [3, 3], [4, 4], [5, 5], [6, 6]]);
    p.roll(10);
    expect(p.n).toBe(0);
    expect(p.runs()).toEqual([]);
  });

  it("says when offsets drifted far from the origin compared with their extent", () => {
    expect(filled([[0, 0], [10, 1], [20, -1]]).drifted()).toBe(false);
    // a stream of growing x that rolled far past its origin
    expect(filled([[1e6, 0], [1e6 + 10, 1], [1e6 + 20, -1]]).drifted()).toBe(true);
    // a constant y offset from the origin
    expect(filled([[0, 5], [10, 5]]).drifted()).toBe(true);
    expect(filled([[0, 0], [10, 0]]).drifted()).toBe(false);
    expect(filled([[0, NaN]]).drifted()).toBe(false);
    // big windows are sampled (with their last point): a drift still shows
    const big = Array.from({ length: 100_001 }, (_, i) => [2e7 + i, Math.sin(i)] as const);
    expect(filled(big).drifted()).toBe(true);
    expect(filled(big.map(([x, y]) => [x - 2e7, y] as const)).drifted()).toBe(false);
  });
});

describe("append_fits", () => {
  it("checks the rollover arithmetic of a stream", () => {
    expect(append_fits(0, 100, 0, 100)).toBe(true);
    expect(append_fits(500, 100, 100, 500)).toBe(true); // at the rollover: as many dropped as appended
    expect(append_fits(450, 100, 50, 500)).toBe(true); // reaching it
    expect(append_fits(500, 100, 0, 500)).toBe(false);
    expect(append_fits(10, 5, 20, 0)).toBe(false);
  });
});
