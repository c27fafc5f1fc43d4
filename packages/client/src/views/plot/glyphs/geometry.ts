// Screen-space geometry of the curved and stepped glyphs (no pixi here, so it is unit-tested in Node):
// curves become polylines so dashes (dash.ts) and hit tests work on them as on any line.
export type Pts = number[];

/** How many segments approximate a curve of this screen length: ~2 px each, within bounds. */
export function segments_for(length: number, min = 8, max = 512): number {
  return Math.max(min, Math.min(max, Math.ceil(length / 2)));
}

/** A rotated ellipse's outline (canvas ctx.ellipse: rotation clockwise on screen by `rotation`). */
export function ellipse_points(cx: number, cy: number, rx: number, ry: number, rotation: number): Pts {
  // ~2 px segments; 8 at least (a few-px ellipse at 100k items then costs half the triangles of 16)
  const n = segments_for(Math.PI * (Math.abs(rx) + Math.abs(ry)), 8);
  const c = Math.cos(rotation), s = Math.sin(rotation);
  const out: Pts = [];
  for (let k = 0; k < n; k++) {
    const t = (2 * Math.PI * k) / n;
    const x = rx * Math.cos(t), y = ry * Math.sin(t);
    out.push(cx + c * x - s * y, cy + s * x + c * y);
  }
  return out;
}

/** Whether a screen point lies in a rotated ellipse with semi-axes rx, ry. */
export function in_ellipse(px: number, py: number, cx: number, cy: number, rx: number, ry: number, rotation: number): boolean {
  const c = Math.cos(rotation), s = Math.sin(rotation);
  const dx = px - cx, dy = py - cy;
  const u = c * dx + s * dy, v = -s * dx + c * dy;
  return (u * u) / (rx * rx) + (v * v) / (ry * ry) <= 1;
}

/** BokehJS's ngon: n vertices, the first straight up from the centre turned clockwise by `angle` (screen). */
export function ngon_points(cx: number, cy: number, r: number, n: number, angle: number): Pts {
  const out: Pts = [];
  const step = (2 * Math.PI) / n;
  for (let i = 0; i < n; i++) {
    const a = i * step + angle;
    out.push(cx + r * Math.sin(a), cy - r * Math.cos(a));
  }
  return out;
}

/** Canvas ctx.arc as a polyline: from a0 to a1, clockwise on screen unless `anticlock`. */
export function arc_points(cx: number, cy: number, r: number, a0: number, a1: number, anticlock: boolean): Pts {
  const tau = 2 * Math.PI;
  let sweep: number;
  if (!anticlock) {
    sweep = a1 - a0;
    if (sweep >= tau) sweep = tau;
    else { sweep %= tau; if (sweep < 0) sweep += tau; }
  } else {
    sweep = a1 - a0;
    if (sweep <= -tau) sweep = -tau;
    else { sweep %= tau; if (sweep > 0) sweep -= tau; }
  }
  const n = segments_for(Math.abs(sweep) * r, 4);
  const out: Pts = [];
  for (let k = 0; k <= n; k++) {
    const a = a0 + (sweep * k) / n;
    out.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return out;
}

/** A cubic Bézier (canvas bezierCurveTo) sampled as a polyline through both ends. */
export function cubic_points(x0: number, y0: number, cx0: number, cy0: number, cx1: number, cy1: number, x1: number, y1: number): Pts {
  const hull = Math.hypot(cx0 - x0, cy0 - y0) + Math.hypot(cx1 - cx0, cy1 - cy0) + Math.hypot(x1 - cx1, y1 - cy1);
  const n = segments_for(hull);
  const out: Pts = [];
  for (let k = 0; k <= n; k++) {
    const t = k / n, u = 1 - t;
    const a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t;
    out.push(a * x0 + b * cx0 + c * cx1 + d * x1, a * y0 + b * cy0 + c * cy1 + d * y1);
  }
  return out;
}

/** A quadratic Bézier (canvas quadraticCurveTo) sampled as a polyline through both ends. */
export function quadratic_points(x0: number, y0: number, cx: number, cy: number, x1: number, y1: number): Pts {
  const n = segments_for(Math.hypot(cx - x0, cy - y0) + Math.hypot(x1 - cx, y1 - cy));
  const out: Pts = [];
  for (let k = 0; k <= n; k++) {
    const t = k / n, u = 1 - t;
    out.push(u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1);
  }
  return out;
}

export type StepMode = "before" | "after" | "center";

const flip = (m: StepMode): StepMode => (m === "before" ? "after" : m === "after" ? "before" : "center");

/**
 * One stepped edge, as BokehJS's VAreaStep/HAreaStep `_step_path` walks it from index `from` towards
 * `to` (exclusive). `p` runs along the area (x for VAreaStep, y for HAreaStep), `v` is the edge's
 * value. Returns [p, v] pairs; the caller swaps them for HAreaStep. "before": the level of point i
 * holds on the interval before it (the level changes first, at the previous position).
 */
export function step_edge(mode: StepMode, p: ArrayLike<number>, v: ArrayLike<number>, from: number, to: number): Pts {
  const out: Pts = [p[from]!, v[from]!];
  let pp = p[from]!, pv = v[from]!;
  const dir = from < to ? 1 : -1;
  for (let i = from + dir; i !== to; i += dir) {
    if (mode === "center") {
      const mid = (pp + p[i]!) / 2;
      out.push(mid, pv, mid, v[i]!, p[i]!, v[i]!);
    } else if (mode === "before") out.push(pp, v[i]!, p[i]!, v[i]!);
    else out.push(p[i]!, pv, p[i]!, v[i]!);
    pp = p[i]!; pv = v[i]!;
  }
  return out;
}

/**
 * The closed outline of a VAreaStep (p = x, a = y1, b = y2) or HAreaStep (p = y, a = x1,
 * b = x2) in [p, v] pairs: forward along `a` in `mode`, back along `b` in the flipped mode.
 */
export function step_area(mode: StepMode, p: ArrayLike<number>, a: ArrayLike<number>, b: ArrayLike<number>): Pts {
  const n = p.length;
  if (n === 0) return [];
  const fwd = step_edge(mode, p, a, 0, n);
  const back = step_edge(flip(mode), p, b, n - 1, -1);
  return [...fwd, ...back];
}

/**
 * The step of a stepped area under a point given in [p, v] (BokehJS's VAreaStep/HAreaStep hit test):
 * "before" holds level i on [p[i-1], p[i]], "after" on [p[i], p[i+1]], "center" between the midpoints.
 * -1 when none.
 */
export function step_hit(mode: StepMode, p: ArrayLike<number>, a: ArrayLike<number>, b: ArrayLike<number>, pp: number, pv: number): number {
  const n = p.length;
  const within = (lo: number, hi: number, i: number) =>
    pp >= Math.min(lo, hi) && pp <= Math.max(lo, hi) && pv >= Math.min(a[i]!, b[i]!) && pv <= Math.max(a[i]!, b[i]!);
  for (let i = 0; i < n; i++) {
    if (mode === "before" ? i > 0 && within(p[i - 1]!, p[i]!, i)
      : mode === "after" ? i < n - 1 && within(p[i]!, p[i + 1]!, i)
      : within(i > 0 ? (p[i - 1]! + p[i]!) / 2 : p[i]!, i < n - 1 ? (p[i]! + p[i + 1]!) / 2 : p[i]!, i)) return i;
  }
  return -1;
}

/** Whether screen angle `a` lies on the canvas arc from a0 to a1 (clockwise on screen unless anticlock). */
export function in_sweep(a: number, a0: number, a1: number, anticlock: boolean): boolean {
  const tau = 2 * Math.PI;
  const norm = (v: number) => ((v % tau) + tau) % tau;
  const [from, to] = anticlock ? [a1, a0] : [a0, a1];
  if (Math.abs(to - from) >= tau) return true;
  return norm(a - from) <= norm(to - from);
}
