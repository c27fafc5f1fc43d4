import { describe, it, expect } from "vitest";
import { hex_center, hex_half_size, hex_vertices, in_polygon, in_ring, map_polygons, ring_area } from "./polygon_geometry.ts";

const S3 = Math.sqrt(3);

describe("hex geometry", () => {
  it("places axial (q, r) centres as BokehJS HexTile does, pointytop and flattop", () => {
    expect(hex_center(0, 0, 1, 1, "pointytop")).toEqual([0, -0]);
    const [x, y] = hex_center(1, 2, 0.5, 1, "pointytop");
    expect(x).toBeCloseTo(0.5 * S3 * 2); expect(y).toBeCloseTo(-1.5);
    const [fx, fy] = hex_center(2, 1, 1, 2, "flattop");
    expect(fx).toBeCloseTo(3); expect(fy).toBeCloseTo(-S3 * 2 * 2);
  });
  it("neighbouring pointytop hexes touch: centres one hex width apart along q", () => {
    const a = hex_center(0, 0, 1, 1, "pointytop"), b = hex_center(1, 0, 1, 1, "pointytop");
    const { vx } = hex_vertices(1, 1, "pointytop", 1, -1);
    expect(b[0] - a[0]).toBeCloseTo(2 * Math.max(...vx));
  });
  it("has six vertices at the hex radius, pointy on top (pointytop) or flat on top (flattop)", () => {
    const p = hex_vertices(2, 1, "pointytop", 10, -10);
    for (let j = 0; j < 6; j++) expect(Math.hypot(p.vx[j]!, p.vy[j]!)).toBeCloseTo(20);
    expect(p.vx[0]).toBe(0); // a vertex straight below/above the centre
    const f = hex_vertices(2, 1, "flattop", 10, -10);
    expect(f.vy[0]).toBe(0); expect(f.vx[0]).toBeCloseTo(20); // a vertex straight right of the centre
    // aspect_scale squeezes the width of pointytop hexes
    expect(Math.max(...hex_vertices(2, 2, "pointytop", 10, -10).vx)).toBeCloseTo(Math.max(...p.vx) / 2);
  });
  it("pads the extent by half a hex", () => {
    expect(hex_half_size(1, 1, "pointytop")).toEqual([S3 / 2, 1]);
    expect(hex_half_size(1, 1, "flattop")).toEqual([1, S3 / 2]);
  });
});

describe("polygons with holes", () => {
  const square = (x0: number, y0: number, s: number) => [x0, y0, x0 + s, y0, x0 + s, y0 + s, x0, y0 + s];
  const outer = square(0, 0, 10), hole = square(3, 3, 4);
  it("a point in a hole is outside the polygon; between exterior and hole inside", () => {
    expect(in_ring(outer, 5, 5)).toBe(true);
    expect(in_polygon([outer, hole], 5, 5)).toBe(false);
    expect(in_polygon([outer, hole], 1, 5)).toBe(true);
    expect(in_polygon([outer, hole], 11, 5)).toBe(false);
  });
  it("measures the filled area as the exterior minus its holes", () => {
    expect(Math.abs(ring_area(outer)) - Math.abs(ring_area(hole))).toBeCloseTo(84);
  });
  it("maps nested xs/ys to screen rings, dropping non-finite points and degenerate rings", () => {
    const xs = [[[0, 10, 10, 0], [3, 7, 7, 3]], [[20, 30, NaN, 25]], [[1, 2]]];
    const ys = [[[0, 0, 10, 10], [3, 3, 7, 7]], [[0, 0, 5, 10]], [[1, 2]]];
    const rings = map_polygons(xs, ys, (v) => Number(v) * 2, (v) => 100 - Number(v));
    expect(rings.length).toBe(2);
    expect(rings[0]!.length).toBe(2);
    expect(Array.from(rings[0]![1]!)).toEqual([6, 97, 14, 97, 14, 93, 6, 93]);
    expect(Array.from(rings[1]![0]!)).toEqual([40, 100, 60, 100, 50, 90]);
    expect(map_polygons(null, [], Number, Number)).toEqual([]);
  });
});
