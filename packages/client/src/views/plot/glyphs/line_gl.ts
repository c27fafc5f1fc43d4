// Line on WebGL: the streaming fast path for solid Line glyphs (dashed lines, Step and the
// canvas backend keep the Graphics LineView). One pixi Mesh of segment quads whose points live
// in one GPU buffer as float32 offsets from an origin (line_points.ts); pan and zoom
// only change a uniform, a stream writes and uploads only its new points (rollover shifts the
// kept ones with copyWithin), a patch rewrites the touched points. Line visuals are scalar, so
// colour, width and cap are uniforms; the segments' coverage is MAX-blended into an offscreen
// target (an AlphaFilter over the frame) that composites once with the line's alpha.
import { AlphaFilter, Buffer, BufferUsage, Container, Geometry, Graphics, Mesh, Rectangle, Shader, UniformGroup } from "pixi.js";
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import { CoordsKey, type Scale } from "../scale.ts";
import { resolve, source_data, data_length, line_dash, spec_at, type Data, type Spec } from "../specs.ts";
import { resolve_visuals, indices_inside, selected_indices, width_at, type GlyphArgs, type GlyphView } from "./base.ts";
import { segment_distance } from "./line.ts";
import { COPIES, LinePoints, append_fits, is_gap, selected_runs } from "./line_points.ts";
import { LINE_FRAGMENT, LINE_VERTEX } from "./line_shader.ts";
import type { GlyphDecl } from "./registry.ts";
import { LineView } from "./line.ts";

interface LineStyle { color: number; alpha: number; width: number; cap: number }

type Uniforms = UniformGroup<{
  uAffine: { value: Float32Array; type: "vec4<f32>" };
  uLineColor: { value: Float32Array; type: "vec3<f32>" };
  uWidth: { value: number; type: "f32" };
  uCap: { value: number; type: "f32" };
  uPixelRatio: { value: number; type: "f32" };
}>;

const CAPS: Readonly<Record<string, number>> = { butt: 0, round: 1, square: 2 };

/** Static per-vertex data for `cap` segments: the corner id of each vertex, two triangles per quad. */
function quads(cap: number): { corners: Float32Array; index: Uint32Array } {
  const corners = new Float32Array(COPIES * cap), index = new Uint32Array(6 * cap);
  for (let i = 0; i < cap; i++) {
    const v = COPIES * i;
    for (let c = 0; c < COPIES; c++) corners[v + c] = c;
    index.set([v, v + 1, v + 2, v + 2, v + 1, v + 3], 6 * i);
  }
  return { corners, index };
}

/** The GL path draws this glyph: a solid Line on the WebGL backend. */
export function gl_line(a: GlyphArgs): boolean {
  return a.backend === "webgl" && a.glyph.type === "Line" && line_dash(attr<unknown>(a.glyph, "line_dash")).length === 0;
}

export class GlLineView implements GlyphView {
  readonly container = new Container();
  /** The GPU line (composited once with its alpha) and, over it, the selected runs (BokehJS's selection glyph). */
  private readonly line_layer = new Container();
  private readonly selected_g = new Graphics();
  readonly gpu = true;
  glyph: ModelSnap;
  private data: Data;
  private pts = new LinePoints();
  private origin: [number, number] = [0, 0];
  private readonly coords = new CoordsKey();
  private xs: Scale | null = null;
  private ys: Scale | null = null;
  private style: LineStyle | null = null;
  private buffer: Buffer | null = null;
  private geometry: Geometry | null = null;
  private mesh: Mesh<Geometry, Shader> | null = null;
  private readonly uniforms: Uniforms;
  private readonly filter: AlphaFilter;
  /** First point not yet uploaded since the last frame (Infinity: none). */
  private dirty_from = Infinity;

  constructor(private args: GlyphArgs) {
    this.glyph = args.glyph;
    this.data = source_data(args.source);
    this.uniforms = new UniformGroup({
      uAffine: { value: new Float32Array(4), type: "vec4<f32>" },
      uLineColor: { value: new Float32Array(3), type: "vec3<f32>" },
      uWidth: { value: 1, type: "f32" },
      uCap: { value: 0, type: "f32" },
      uPixelRatio: { value: args.resolution, type: "f32" },
    });
    this.filter = new AlphaFilter({ alpha: 1, resolution: "inherit" });
    this.line_layer.filters = [this.filter];
    this.container.addChild(this.line_layer, this.selected_g);
    this.resolve_style();
  }

  private spec(name: string): Spec {
    return resolve(this.glyph, name, this.data, this.args.r, true);
  }

  /** Colour, alpha and width of the line (its first unselected row: the nonselection look under a selection), and its cap. */
  private resolve_style(): void {
    const sel = selected_indices(this.args.r, this.args.source);
    let row = 0;
    while (sel != null && sel.has(row)) row++;
    const vis = resolve_visuals(this.args, this.data, row + 1);
    const width = width_at(vis, row);
    const l = vis.line;
    this.style = l == null || !(l.alpha[row]! > 0) || !(width > 0) ? null : { color: l.rgb[row]!, alpha: l.alpha[row]!, width, cap: CAPS[attr<string>(this.glyph, "line_cap") ?? "butt"] ?? 0 };
    const u = this.uniforms.uniforms;
    if (this.style != null) {
      const { color, alpha, width: w } = this.style;
      // hairlines: at least one device pixel wide, fainter instead
      const min = 1 / this.args.resolution;
      u.uLineColor[0] = ((color >> 16) & 255) / 255; u.uLineColor[1] = ((color >> 8) & 255) / 255; u.uLineColor[2] = (color & 255) / 255;
      this.filter.alpha = Math.min(1, alpha) * Math.min(1, w / min);
      u.uWidth = Math.max(w, min);
      u.uCap = this.style.cap;
    }
    this.uniforms.update();
    this.show();
  }

  /** Points [at, at + count) from data rows [from, from + count). */
  private write(from: number, count: number, at: number, sx = this.spec("x"), sy = this.spec("y")): void {
    const xs = this.xs!, ys = this.ys!;
    const [ox, oy] = this.origin;
    for (let i = 0; i < count; i++) this.pts.set(at + i, xs.pre(spec_at(sx, from + i)) - ox, ys.pre(spec_at(sy, from + i)) - oy);
  }

  private full_load(): void {
    const xs = this.xs!, ys = this.ys!;
    const n = data_length(this.data);
    this.coords.note(xs, ys);
    // origin: the first real point (keeps float32 offsets small, e.g. for epoch-ms x)
    const sx = this.spec("x"), sy = this.spec("y");
    this.origin = [0, 0];
    for (let i = 0; i < n; i++) {
      const x = xs.pre(spec_at(sx, i)), y = ys.pre(spec_at(sy, i));
      if (Number.isFinite(x) && Number.isFinite(y)) { this.origin = [x, y]; break; }
    }
    this.pts = new LinePoints(Math.max(16, n));
    this.write(0, n, 0);
    this.pts.set_length(n);
    this.build_gpu();
  }

  private build_gpu(): void {
    if (this.args.backend !== "webgl") return;
    const old = this.geometry;
    this.buffer = new Buffer({ data: this.pts.data, usage: BufferUsage.VERTEX | BufferUsage.COPY_DST, label: "line-points" });
    // vertex v of segment i's quad reads points i - 1, i, i + 1, i + 2 (see line_points.ts)
    const point = (k: number) => ({ buffer: this.buffer!, format: "float32x2" as const, stride: 8, offset: LinePoints.byte_offset(k - 1) });
    const { corners, index } = quads(this.pts.cap);
    this.geometry = new Geometry({
      attributes: { aCorner: { buffer: corners, format: "float32", stride: 4, offset: 0 }, aPrev: point(0), aP0: point(1), aP1: point(2), aNext: point(3) },
      indexBuffer: index,
      indexCount: 6 * Math.max(1, this.pts.n - 1),
    });
    if (this.mesh == null) {
      const shader = Shader.from({ gl: { vertex: LINE_VERTEX, fragment: LINE_FRAGMENT, name: "dash-line" }, resources: { lineUniforms: this.uniforms } });
      this.mesh = new Mesh<Geometry, Shader>({ geometry: this.geometry, shader });
      this.mesh.blendMode = "max";
      // the GPU has taken the pending range once a frame that draws the mesh starts
      this.mesh.onRender = () => { if (this.container.visible && this.mesh!.visible) this.dirty_from = Infinity; };
      this.line_layer.addChild(this.mesh);
    } else {
      this.mesh.geometry = this.geometry;
    }
    old?.destroy(true);
    this.show();
    this.dirty_from = Infinity;
  }

  /** Upload points [from, n) and the gap after them (the whole buffer's first upload is implicit). */
  private upload(from: number): void {
    if (this.buffer == null || this.geometry == null) return;
    this.dirty_from = Math.min(this.dirty_from, Math.max(0, from));
    const lo = LinePoints.byte_offset(this.dirty_from), hi = LinePoints.byte_offset(this.pts.n + 1);
    if (hi > lo) this.buffer.update(hi - lo, lo);
    this.geometry.indexCount = 6 * Math.max(1, this.pts.n - 1);
    this.show();
  }

  /** The mesh draws when the line has a style and a segment (indexCount 0 would mean "all"). */
  private show(): void {
    if (this.mesh != null) this.mesh.visible = this.style != null && this.pts.n >= 2;
  }

  update_view(xs: Scale, ys: Scale): void {
    this.xs = xs; this.ys = ys;
    // categorical data is stored as synthetic coordinates: reload when the factors change
    if (this.coords.note(xs, ys)) this.full_load();
    // the offscreen target covers the frame (the glyph layer's mask clips there anyway)
    const x0 = Math.min(xs.s0, xs.s1), y0 = Math.min(ys.s0, ys.s1);
    this.line_layer.filterArea = new Rectangle(x0, y0, Math.max(1, Math.abs(xs.s1 - xs.s0)), Math.max(1, Math.abs(ys.s1 - ys.s0)));
    const u = this.uniforms.uniforms.uAffine;
    u[0] = xs.a; u[1] = xs.a * this.origin[0] + xs.b; u[2] = ys.a; u[3] = ys.a * this.origin[1] + ys.b;
    this.uniforms.update();
    this.draw_selected();
  }

  /** The runs of consecutive selected points, in the selection look, over the line (screen space; redrawn per view change). */
  private draw_selected(): void {
    const g = this.selected_g;
    g.clear();
    const sel = selected_indices(this.args.r, this.args.source);
    if (sel == null || this.xs == null) return;
    const runs = selected_runs(sel, this.pts.n);
    if (runs.length === 0) return;
    const vis = resolve_visuals(this.args, this.data, runs[runs.length - 1]![1]);
    if (vis.line == null) return;
    for (const [from, to] of runs) {
      const alpha = vis.line.alpha[from]!, width = width_at(vis, from);
      if (!(alpha > 0) || !(width > 0)) continue;
      let pen = false;
      for (let i = from; i < to; i++) {
        const p = this.anchor(i);
        if (p == null) { pen = false; continue; }
        if (pen) g.lineTo(p[0], p[1]); else g.moveTo(p[0], p[1]);
        pen = true;
      }
      g.stroke({ color: vis.line.rgb[from]!, alpha, width, cap: (["butt", "round", "square"] as const)[this.style?.cap ?? 0] ?? "butt", join: "round" });
    }
  }

  private take(a: GlyphArgs): void {
    this.args = a;
    this.glyph = a.glyph;
    this.data = source_data(a.source);
    this.resolve_style();
    this.draw_selected();
  }

  append(a: GlyphArgs, rows: number, dropped: number): void {
    this.take(a);
    if (this.xs == null || this.ys == null) return; // not drawn yet: the first update_view loads all
    const total = data_length(this.data);
    if (!append_fits(this.pts.n, rows, dropped, total)) { this.full_load(); this.update_view(this.xs, this.ys); return; }
    const at = this.pts.n - dropped;
    this.pts.roll(dropped);
    const grown = this.pts.reserve(rows);
    this.write(total - rows, rows, at);
    this.pts.set_length(at + rows);
    if (dropped > 0 && this.pts.drifted()) { this.full_load(); this.update_view(this.xs, this.ys); return; }
    if (grown) this.build_gpu();
    // after a roll every kept point moved; else only the new ones (and the gap after them) changed
    else this.upload(dropped > 0 ? 0 : at);
  }

  /** ColumnsPatched: rewrite the touched points in place, upload from the first one. */
  patch(a: GlyphArgs, rows: readonly number[]): void {
    this.take(a);
    if (this.xs == null || this.ys == null) return;
    if (data_length(this.data) !== this.pts.n || rows.some((r) => r < 0 || r >= this.pts.n)) { this.full_load(); this.update_view(this.xs, this.ys); return; }
    const sx = this.spec("x"), sy = this.spec("y");
    let first = this.pts.n;
    for (const r of rows) { this.write(r, 1, r, sx, sy); first = Math.min(first, r); }
    this.upload(first);
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null || !this.pts.valid(i)) return null;
    const xs = this.xs, ys = this.ys;
    return [xs.a * (this.pts.x(i) + this.origin[0]) + xs.b, ys.a * (this.pts.y(i) + this.origin[1]) + ys.b];
  }

  /** Bokeh's line hit test: the segment within a few pixels of the pointer; reports its nearer end. */
  hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const tol = Math.max(3, (this.style?.width ?? 1) / 2 + 1);
    const ax = this.xs.a, bx = this.xs.a * this.origin[0] + this.xs.b, ay = this.ys.a, by = this.ys.a * this.origin[1] + this.ys.b;
    const p = this.pts;
    let best = -1, bd = tol;
    for (let i = 0; i + 1 < p.n; i++) {
      const x0 = p.x(i), y0 = p.y(i), x1 = p.x(i + 1), y1 = p.y(i + 1);
      if (is_gap(x0) || is_gap(y0) || is_gap(x1) || is_gap(y1)) continue;
      const X0 = ax * x0 + bx, Y0 = ay * y0 + by, X1 = ax * x1 + bx, Y1 = ay * y1 + by;
      // cheap reject before the exact distance
      if ((sx < X0 - bd && sx < X1 - bd) || (sx > X0 + bd && sx > X1 + bd) || (sy < Y0 - bd && sy < Y1 - bd) || (sy > Y0 + bd && sy > Y1 + bd)) continue;
      const d = segment_distance(sx, sy, X0, Y0, X1, Y1);
      if (d <= bd) {
        bd = d;
        best = Math.hypot(sx - X0, sy - Y0) <= Math.hypot(sx - X1, sy - Y1) ? i : i + 1;
      }
    }
    return best >= 0 ? [best] : [];
  }

  hit_poly(poly: ReadonlyArray<readonly [number, number]>): number[] {
    return indices_inside(this.pts.n, (i) => this.anchor(i), poly);
  }

  draw_legend(g: Graphics, x0: number, y0: number, x1: number, y1: number, _index: number | null): void {
    const s = this.style;
    if (s == null) return;
    const y = (y0 + y1) / 2;
    g.moveTo(x0, y).lineTo(x1, y).stroke({ color: s.color, alpha: s.alpha, width: s.width });
  }

  destroy(): void {
    this.container.destroy({ children: true });
    this.geometry?.destroy(true);
    this.filter.destroy();
  }
}

/** Solid lines on WebGL draw from GPU buffers; dashed ones and the canvas backend with pixi Graphics. */
const line_view = (a: GlyphArgs): GlyphView => (gl_line(a) ? new GlLineView(a) : new LineView(a));

export const glyphs: readonly GlyphDecl[] = [
  { type: "Line", view: line_view, visuals: ["line"] },
  { type: "Step", view: line_view, visuals: ["line"] },
];
