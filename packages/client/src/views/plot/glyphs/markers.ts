// Bokeh marker shapes. One table drives both the canvas/Graphics path drawing (canvas
// backend, legends) and the marker codes the WebGL scatter shader understands.
// Coordinates are screen-space (y down), centred on the marker, r = size / 2.

export const MARKER_TYPES = [
  "circle", "square", "diamond", "triangle", "inverted_triangle", "hex", "star", "plus",
  "cross", "x", "asterisk", "dash", "y", "dot",
  "circle_cross", "circle_x", "circle_y", "circle_dot",
  "square_cross", "square_x", "square_dot", "square_pin",
  "diamond_cross", "diamond_dot", "triangle_dot", "triangle_pin", "hex_dot", "star_dot",
] as const;

export type MarkerType = (typeof MARKER_TYPES)[number];

export function marker_code(m: unknown): number {
  const i = MARKER_TYPES.indexOf(m as MarkerType);
  return i < 0 ? 0 : i;
}

/** The subset of CanvasRenderingContext2D / pixi Graphics used to trace markers. */
export interface PathSink {
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  closePath(): unknown;
  arc(cx: number, cy: number, r: number, a0: number, a1: number): unknown;
}

type Pt = readonly [number, number];

const SQ3 = Math.sqrt(3);

/** Closed outline of the base shape, or "circle", or null for line-only markers. */
export function outline(base: string, r: number): Pt[] | "circle" | null {
  switch (base) {
    case "circle": return "circle";
    case "square": return [[-r, -r], [r, -r], [r, r], [-r, r]];
    case "diamond": return [[0, -r], [r / 1.5, 0], [0, r], [-r / 1.5, 0]];
    case "triangle": {
      const h = r * SQ3, a = h / 3;
      return [[-r, a], [r, a], [0, a - h]];
    }
    case "inverted_triangle": {
      const h = r * SQ3, a = h / 3;
      return [[-r, -a], [r, -a], [0, h - a]];
    }
    case "hex": {
      const h = (SQ3 * r) / 2;
      return [[r, 0], [r / 2, -h], [-r / 2, -h], [-r, 0], [-r / 2, h], [r / 2, h]];
    }
    case "star": {
      const out: Pt[] = [];
      const inner = r * 0.381966;
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 === 0 ? r : inner;
        out.push([rr * Math.cos(a), rr * Math.sin(a)]);
      }
      return out;
    }
    case "plus": {
      const a = (3 * r) / 8, b = r;
      return [[a, a], [a, b], [-a, b], [-a, a], [-b, a], [-b, -a], [-a, -a], [-a, -b], [a, -b], [a, -a], [b, -a], [b, a]];
    }
    default: return null;
  }
}

/** Open line segments drawn with the line color only (cross bars, x, dots handled separately). */
export function segments(marker: string, r: number): Array<readonly [Pt, Pt]> {
  const d = r / Math.SQRT2;
  const cross: Array<readonly [Pt, Pt]> = [[[0, -r], [0, r]], [[-r, 0], [r, 0]]];
  const x: Array<readonly [Pt, Pt]> = [[[-d, -d], [d, d]], [[-d, d], [d, -d]]];
  const y: Array<readonly [Pt, Pt]> = [[[0, 0], [0, r]], [[0, 0], [-r * 0.866, -r * 0.5]], [[0, 0], [r * 0.866, -r * 0.5]]];
  switch (marker) {
    case "cross": case "circle_cross": case "square_cross": return cross;
    case "x": case "circle_x": return x;
    case "square_x": return [[[-r, -r], [r, r]], [[-r, r], [r, -r]]];
    case "asterisk": return [...cross, ...x];
    case "dash": return [[[-r, 0], [r, 0]]];
    case "y": case "circle_y": return y;
    case "diamond_cross": return [[[0, -r], [0, r]], [[-r / 1.5, 0], [r / 1.5, 0]]];
    case "square_pin": case "triangle_pin": return [];
    default: return [];
  }
}

export function base_shape(marker: string): string {
  if (marker === "square_pin") return "square";
  if (marker === "triangle_pin") return "triangle";
  const i = marker.indexOf("_");
  if (i > 0 && marker !== "inverted_triangle") return marker.slice(0, i);
  return marker;
}

export function has_dot(marker: string): boolean {
  return marker === "dot" || marker.endsWith("_dot");
}

/** Trace the filled outline of a marker (nothing for line-only markers). Returns whether it traced. */
export function trace_outline(p: PathSink, marker: string, cx: number, cy: number, r: number): boolean {
  const o = outline(base_shape(marker), r);
  if (o == null) return false;
  if (o === "circle") {
    p.moveTo(cx + r, cy);
    p.arc(cx, cy, r, 0, 2 * Math.PI);
    p.closePath();
    return true;
  }
  p.moveTo(cx + o[0]![0], cy + o[0]![1]);
  for (let i = 1; i < o.length; i++) p.lineTo(cx + o[i]![0], cy + o[i]![1]);
  p.closePath();
  return true;
}

export function trace_segments(p: PathSink, marker: string, cx: number, cy: number, r: number): boolean {
  const segs = segments(marker, r);
  for (const [a, b] of segs) {
    p.moveTo(cx + a[0], cy + a[1]);
    p.lineTo(cx + b[0], cy + b[1]);
  }
  return segs.length > 0;
}

/** The 2D canvas calls draw_marker_2d makes. */
export type MarkerContext2D = PathSink & Pick<CanvasRenderingContext2D, "beginPath" | "fill" | "stroke" | "fillStyle" | "strokeStyle" | "lineWidth">;

/** Draw one marker on a 2D canvas context with the given CSS colors (null = no fill/line). */
export function draw_marker_2d(ctx: MarkerContext2D, marker: string, cx: number, cy: number, r: number, fill: string | null, line: string | null, line_width: number): void {
  ctx.beginPath();
  if (trace_outline(ctx, marker, cx, cy, r)) {
    if (fill != null) { ctx.fillStyle = fill; ctx.fill(); }
    if (line != null && line_width > 0) { ctx.lineWidth = line_width; ctx.strokeStyle = line; ctx.stroke(); }
  }
  if (line != null) {
    ctx.beginPath();
    if (trace_segments(ctx, marker, cx, cy, r)) { ctx.lineWidth = line_width; ctx.strokeStyle = line; ctx.stroke(); }
  }
  if (has_dot(marker)) {
    const c = marker === "dot" ? line ?? fill : line;
    if (c != null) {
      ctx.beginPath();
      ctx.arc(cx, cy, marker === "dot" ? r / 4 : r / 4, 0, 2 * Math.PI);
      ctx.fillStyle = c;
      ctx.fill();
    }
  }
}
