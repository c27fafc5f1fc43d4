// Pixi-free geometry of HexTile and MultiPolygons (unit-tested in polygon_geometry.test.ts).

const SQRT3 = Math.sqrt(3);

export type HexOrientation = "pointytop" | "flattop";

/** Data-space centre of hex (q, r) in axial coordinates, as BokehJS HexTile._set_data. */
export function hex_center(q: number, r: number, size: number, aspect_scale: number, orientation: HexOrientation): [number, number] {
  if (orientation === "pointytop") return [size * SQRT3 * (q + r / 2) / aspect_scale, -3 * size * (r / 2)];
  return [3 * size * (q / 2), -size * SQRT3 * (r + q / 2) * aspect_scale];
}

/** Data-space half extent of a hex (BokehJS HexTile._index_data). */
export function hex_half_size(size: number, aspect_scale: number, orientation: HexOrientation): [number, number] {
  const y = size, x = SQRT3 * size / 2;
  return orientation === "flattop" ? [y, x * aspect_scale] : [x / aspect_scale, y];
}

/**
 * Screen offsets of the six vertices from a hex's centre, for a scale of `kx`/`ky` screen px per data
 * unit (BokehJS HexTile._get_unscaled_vertices; screen y grows downwards, the first vertex is on top
 * for pointytop and on the right for flattop).
 */
export function hex_vertices(size: number, aspect_scale: number, orientation: HexOrientation, kx: number, ky: number): { vx: number[]; vy: number[] } {
  if (orientation === "pointytop") {
    const r = Math.abs(ky) * size, h = SQRT3 / 2 * Math.abs(kx) * size / aspect_scale, r2 = r / 2;
    return { vx: [0, -h, -h, 0, h, h], vy: [r, r2, -r2, -r, -r2, r2] };
  }
  const r = Math.abs(kx) * size, h = SQRT3 / 2 * Math.abs(ky) * size * aspect_scale, r2 = r / 2;
  return { vx: [r, r2, -r2, -r, -r2, r2], vy: [0, -h, -h, 0, h, h] };
}

/** Even-odd point in polygon test on flat [x0, y0, x1, y1, ...] coordinates. */
export function in_ring(ring: ArrayLike<number>, x: number, y: number): boolean {
  let c = false;
  const n = ring.length >> 1;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i]!, yi = ring[2 * i + 1]!, xj = ring[2 * j]!, yj = ring[2 * j + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** A polygon: its exterior ring then its holes, each flat screen coordinates. */
export type Rings = readonly ArrayLike<number>[];

/** Inside the exterior and outside every hole (BokehJS MultiPolygons._hit_point). */
export function in_polygon(rings: Rings, x: number, y: number): boolean {
  if (rings.length === 0 || !in_ring(rings[0]!, x, y)) return false;
  for (let k = 1; k < rings.length; k++) if (in_ring(rings[k]!, x, y)) return false;
  return true;
}

/** Signed area (shoelace) of a flat ring; polygons with holes fill the exterior minus the holes. */
export function ring_area(ring: ArrayLike<number>): number {
  let a = 0;
  const n = ring.length >> 1;
  for (let i = 0, j = n - 1; i < n; j = i++) a += ring[2 * j]! * ring[2 * i + 1]! - ring[2 * i]! * ring[2 * j + 1]!;
  return a / 2;
}

/**
 * Map one MultiPolygons item (polygons of rings of data coordinates) to screen rings, dropping
 * rings that have fewer than three finite points (BokehJS skips them too).
 */
export function map_polygons(xs: unknown, ys: unknown, fx: (v: unknown) => number, fy: (v: unknown) => number): Rings[] {
  const out: Rings[] = [];
  if (!is_list(xs) || !is_list(ys)) return out;
  for (let j = 0; j < Math.min(xs.length, ys.length); j++) {
    const px = xs[j], py = ys[j];
    if (!is_list(px) || !is_list(py)) continue;
    const rings: Float64Array[] = [];
    for (let k = 0; k < Math.min(px.length, py.length); k++) {
      const rx = px[k], ry = py[k];
      if (!is_list(rx) || !is_list(ry)) continue;
      const n = Math.min(rx.length, ry.length);
      const ring = new Float64Array(2 * n);
      let m = 0;
      for (let i = 0; i < n; i++) {
        const sx = fx(rx[i]), sy = fy(ry[i]);
        if (isFinite(sx) && isFinite(sy)) { ring[m++] = sx; ring[m++] = sy; }
      }
      if (m >= 6) rings.push(ring.subarray(0, m));
      else if (k === 0) break; // no exterior: the polygon draws nothing
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

function is_list(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}
