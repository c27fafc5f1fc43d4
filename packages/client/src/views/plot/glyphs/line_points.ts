// CPU side of the WebGL line (line_gl.ts): the polyline's points as interleaved float32
// offsets from an origin, with one gap point before the first and after the last so that the
// shader can read each segment's neighbours from the same buffer. Each point is stored COPIES
// times in a row: segment i is a quad of four vertices (4i .. 4i + 3), and vertex v reading its
// attributes with an 8-byte stride from slot offsets 0, 1, 2, 3 gets points i - 1, i, i + 1 and
// i + 2 without instancing (software GL, as in headless Chromium, runs instances one by one).
// Pure: no pixi.

/**
 * Stored for a point that breaks the line (NaN or infinite data, log of a value <= 0): the
 * shader drops every segment that touches it, as Bokeh does. A finite float32 (NaN/Inf handling
 * in shaders is not dependable); `is_gap` is the test both sides use.
 */
export const GAP = Math.fround(3e38);

export function is_gap(v: number): boolean {
  return !(Math.abs(v) < 1e37);
}

/** Copies of each point: one per vertex of a segment's quad. */
export const COPIES = 4;
/** Floats per slot (one point, COPIES times). */
const SLOT = 2 * COPIES;

export class LinePoints {
  /** Slots [gap, p0, p1, ..., p(n-1), gap], each COPIES * (x, y): point i starts at `data[SLOT * (i + 1)]`. */
  data: Float32Array;
  n = 0;
  private cap_: number;

  constructor(cap = 16) {
    this.cap_ = Math.max(1, cap);
    this.data = new Float32Array(SLOT * (this.cap_ + 2)).fill(GAP);
  }

  /** Bytes from the start of point i's slot (i = -1: the leading gap). */
  static byte_offset(i: number): number { return 4 * SLOT * (i + 1); }

  get cap(): number { return this.cap_; }

  /** Room for `rows` more points; a new (doubled) array when full. True when reallocated. */
  reserve(rows: number): boolean {
    if (this.n + rows <= this.cap_) return false;
    const cap = Math.max(this.cap_ * 2, this.n + rows);
    const next = new Float32Array(SLOT * (cap + 2)).fill(GAP);
    next.set(this.data.subarray(0, SLOT * (this.n + 1)));
    this.data = next;
    this.cap_ = cap;
    return true;
  }

  /** Rollover: the first `dropped` points go, the rest shift to the front (copyWithin). */
  roll(dropped: number): void {
    const d = Math.min(dropped, this.n);
    if (d <= 0) return;
    this.data.copyWithin(SLOT, SLOT * (1 + d), SLOT * (1 + this.n));
    this.n -= d;
    this.data.fill(GAP, SLOT * (this.n + 1), SLOT * (this.n + 2));
  }

  /** Write point i (< cap); non-finite coordinates store a gap. */
  set(i: number, x: number, y: number): void {
    const ok = Number.isFinite(x) && Number.isFinite(y);
    const X = ok ? x : GAP, Y = ok ? y : GAP, d = this.data;
    for (let k = SLOT * (i + 1), end = k + SLOT; k < end; k += 2) { d[k] = X; d[k + 1] = Y; }
  }

  /** Points [0, n) are written: the gap after the last is restored. */
  set_length(n: number): void {
    this.n = n;
    this.data.fill(GAP, SLOT * (n + 1), SLOT * (n + 2));
  }

  x(i: number): number { return this.data[SLOT * (i + 1)]!; }
  y(i: number): number { return this.data[SLOT * (i + 1) + 1]!; }
  valid(i: number): boolean { return i >= 0 && i < this.n && !is_gap(this.x(i)) && !is_gap(this.y(i)); }

  /** Segment i joins points i and i + 1; drawn only when both are real (NaN breaks the line). */
  drawn(i: number): boolean { return this.valid(i) && this.valid(i + 1); }

  /** Segments the shader draws, as [first point, last point] runs of the polyline. */
  runs(): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let start = -1;
    for (let i = 0; i < this.n; i++) {
      if (this.valid(i)) {
        if (start < 0) start = i;
      } else {
        if (start >= 0 && i - 1 > start) out.push([start, i - 1]);
        start = -1;
      }
    }
    if (start >= 0 && this.n - 1 > start) out.push([start, this.n - 1]);
    return out;
  }

  /**
   * True when the stored offsets drifted far from the origin compared with their own extent
   * (a long stream of growing x): float32 would lose sub-pixel precision, so reload around a
   * new origin. After such a reload the offsets start near 0 again. Looks at most ~2k points
   * (evenly spaced, with the last): the margin `limit` makes an estimated extent good enough.
   */
  drifted(limit = 64): boolean {
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    const visit = (i: number): void => {
      const x = this.x(i), y = this.y(i);
      if (is_gap(x) || is_gap(y)) return;
      x0 = Math.min(x0, x); x1 = Math.max(x1, x);
      y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    };
    const step = Math.max(1, Math.floor(this.n / 2048));
    for (let i = 0; i < this.n; i += step) visit(i);
    if (this.n > 0) visit(this.n - 1);
    if (x0 > x1) return false;
    return Math.max(Math.abs(x0), Math.abs(x1)) > limit * (x1 - x0) || Math.max(Math.abs(y0), Math.abs(y1)) > limit * (y1 - y0);
  }
}

/**
 * Rollover arithmetic of a ColumnsStreamed: `n` points held, `rows` appended, `dropped` rolled off
 * the front, the source now `total` long. False when these do not add up (the view reloads).
 */
export function append_fits(n: number, rows: number, dropped: number, total: number): boolean {
  return dropped >= 0 && rows >= 0 && dropped <= n && n - dropped + rows === total;
}

/** Runs [from, to) of two or more consecutive selected rows (a lone selected point draws no segment). */
export function selected_runs(sel: ReadonlySet<number>, n: number): Array<[number, number]> {
  const rows = [...sel].filter((i) => i >= 0 && i < n).sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < rows.length;) {
    let j = k;
    while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
    if (j > k) out.push([rows[k]!, rows[j]! + 1]);
    k = j + 1;
  }
  return out;
}
