// Scatter: the fast path. WebGL: one pixi Mesh of point sprites drawing SDF markers, data held in
// GPU buffers as pre-transformed float32 offsets from an origin; pan/zoom only change a uniform.
// Canvas backend: markers painted with the 2D canvas API during pixi's render (scatter_canvas.ts).
import { Buffer, BufferUsage, Container, Geometry, Graphics, Mesh, Shader, UniformGroup } from "pixi.js";
import { attr } from "../../../state/snapshot.ts";
import { pre_column, CoordsKey, type Scale } from "../scale.ts";
import { resolve, source_data, data_length, spec_at, type Data, type Spec } from "../specs.ts";
import { resolve_visuals, indices_inside, type GlyphArgs, type GlyphView, type Visuals } from "./base.ts";
import { marker_code, trace_outline, trace_segments } from "./markers.ts";
import { paint_markers } from "./marker_paint.ts";
import { MarkerLayer } from "./scatter_canvas.ts";
import { SCATTER_VERTEX, scatter_fragment } from "./scatter_shader.ts";
import type { GlyphDecl } from "./registry.ts";

const pack = (rgb: number, alpha: number): number =>
  (((rgb >> 16) & 255) | (((rgb >> 8) & 255) << 8) | ((rgb & 255) << 16) | (Math.round(Math.max(0, Math.min(1, alpha)) * 255) << 24)) >>> 0;

function slice_data(data: Data, start: number, end?: number): Data {
  const out: Record<string, Data[string]> = {};
  for (const k in data) {
    const c = data[k]!;
    out[k] = ArrayBuffer.isView(c) ? (c as Float64Array).subarray(start, end) : (c as unknown[]).slice(start, end);
  }
  return out;
}

type Attr = "x" | "y" | "size" | "angle" | "lw" | "marker" | "fill" | "line";
const ATTRS: readonly Attr[] = ["x", "y", "size", "angle", "lw", "marker", "fill", "line"];

export class ScatterView implements GlyphView {
  readonly container = new Container();
  glyph;
  private n = 0;
  private cap = 0;
  private cpu = {} as Record<Attr, Float32Array | Uint32Array>;
  private origin: [number, number] = [0, 0];
  private readonly coords = new CoordsKey();
  /** First row written since the last frame drew (Infinity: none). */
  private dirty_from = Infinity;
  private data: Data = {};
  private xs: Scale | null = null;
  private ys: Scale | null = null;
  // webgl
  private buffers = {} as Record<Attr, Buffer>;
  private geometry: Geometry | null = null;
  private mesh: Mesh<Geometry, Shader> | null = null;
  private uniforms: UniformGroup<{ uAffine: { value: Float32Array; type: "vec4<f32>" }; uPixelRatio: { value: number; type: "f32" } }> | null = null;
  private lod_geometry: Geometry | null = null;
  private lod = 1;
  // canvas: the layer painting the markers, and the data version it shows
  private layer: MarkerLayer | null = null;
  private version = 0;

  constructor(private args: GlyphArgs) {
    this.glyph = args.glyph;
    this.data = source_data(args.source);
  }

  get gpu(): boolean { return this.args.backend === "webgl"; }

  private spec(name: string, data: Data): Spec {
    return resolve(this.glyph, name, data, this.args.r, true);
  }

  /** Fill CPU arrays for rows [at, at + len) from `data` (already sliced to those rows). */
  private write_rows(data: Data, at: number, len: number, vis: Visuals): void {
    const xs = this.xs!, ys = this.ys!;
    const c = this.cpu;
    const sx = this.spec("x", data), sy = this.spec("y", data);
    const column = (s: Spec) => (s.kind === "field" ? (s.values as ArrayLike<unknown>) : new Array<unknown>(len).fill(s.value));
    pre_column(xs, column(sx), this.origin[0], c.x as Float32Array, at);
    pre_column(ys, column(sy), this.origin[1], c.y as Float32Array, at);
    const size = this.spec("size", data), angle = this.spec("angle", data), marker = this.spec("marker", data);
    const fill = vis.fill, line = vis.line;
    const const_marker = marker.kind === "value" ? marker_code(marker.value) : -1;
    for (let i = 0; i < len; i++) {
      const j = at + i;
      c.size[j] = Number(spec_at(size, i) ?? 4);
      c.angle[j] = Number(spec_at(angle, i) ?? 0);
      const w = spec_at(vis.line_width, i);
      c.lw[j] = typeof w === "number" ? w : 1;
      c.marker[j] = const_marker >= 0 ? const_marker : marker_code(spec_at(marker, i));
      c.fill[j] = fill != null ? pack(fill.rgb[i]!, fill.alpha[i]!) : 0;
      c.line[j] = line != null ? pack(line.rgb[i]!, line.alpha[i]!) : 0;
    }
  }

  private allocate(cap: number): void {
    const old = this.cpu;
    this.cap = cap;
    const next = {} as Record<Attr, Float32Array | Uint32Array>;
    for (const a of ATTRS) {
      next[a] = a === "fill" || a === "line" ? new Uint32Array(cap) : new Float32Array(cap);
      const prev = old[a];
      if (prev != null) next[a].set(prev.subarray(0, Math.min(this.n, cap)) as never);
    }
    this.cpu = next;
    if (this.args.backend === "webgl") this.build_gpu();
  }

  private build_gpu(): void {
    if (this.mesh != null) {
      this.mesh.destroy();
      this.lod_geometry?.destroy(true);
      this.lod_geometry = null;
      this.lod = 1;
      this.geometry?.destroy(true);
    }
    const usage = BufferUsage.VERTEX | BufferUsage.COPY_DST;
    for (const a of ATTRS) this.buffers[a] = new Buffer({ data: this.cpu[a], usage, label: `scatter-${a}` });
    const inst = (a: Attr, format: "float32" | "unorm8x4") => ({ buffer: this.buffers[a], format });
    const index = new Uint32Array(this.cap);
    for (let i = 0; i < index.length; i++) index[i] = i;
    this.geometry = new Geometry({
      topology: "point-list",
      attributes: {
        aX: inst("x", "float32"), aY: inst("y", "float32"), aSize: inst("size", "float32"), aAngle: inst("angle", "float32"),
        aLineWidth: inst("lw", "float32"), aMarker: inst("marker", "float32"), aFill: inst("fill", "unorm8x4"), aLine: inst("line", "unorm8x4"),
      },
      indexBuffer: index,
      indexCount: this.n,
    });
    this.uniforms ??= new UniformGroup({ uAffine: { value: new Float32Array(4), type: "vec4<f32>" }, uPixelRatio: { value: this.args.resolution, type: "f32" } });
    const ms = this.spec("marker", this.data);
    const constant = ms.kind === "value" ? marker_code(ms.value) : null;
    const shader = Shader.from({ gl: { vertex: SCATTER_VERTEX, fragment: scatter_fragment(constant), name: "dash-scatter" }, resources: { scatterUniforms: this.uniforms } });
    this.mesh = new Mesh<Geometry, Shader>({ geometry: this.geometry, shader });
    this.mesh.onRender = () => { if (this.container.visible && this.mesh!.visible) this.dirty_from = Infinity; };
    this.container.addChild(this.mesh);
  }

  private full_load(): void {
    const n = data_length(this.data);
    const xs = this.xs!, ys = this.ys!;
    this.coords.note(xs, ys);
    const first = (s: Spec, sc: Scale) => {
      if (sc.kind !== "linear") return 0;
      const v = spec_at(s, 0);
      return typeof v === "number" && isFinite(v) ? v : 0;
    };
    this.origin = [first(this.spec("x", this.data), xs), first(this.spec("y", this.data), ys)];
    this.n = 0;
    this.cpu = {} as Record<Attr, Float32Array | Uint32Array>;
    this.allocate(Math.max(16, n));
    this.n = n;
    this.write_rows(this.data, 0, n, resolve_visuals(this.args, this.data, n));
    this.upload(0);
  }

  /**
   * Level of detail (Bokeh's lod_factor): while the user pans/zooms a big scatter, draw every
   * `factor`-th point. The decimated points are copied into their own small buffers (a strided
   * index over the full buffers would still make software GL, which transforms every vertex in
   * the index range, process all of them).
   */
  set_lod(factor: number): void {
    if (factor === this.lod) return;
    this.lod = factor;
    if (this.args.backend !== "webgl") return; // the canvas layer's key holds the factor
    if (this.mesh == null || this.geometry == null) return;
    if (factor <= 1) {
      this.mesh.geometry = this.geometry;
      this.lod_geometry?.destroy(true);
      this.lod_geometry = null;
      return;
    }
    const count = Math.ceil(this.n / factor);
    const usage = BufferUsage.VERTEX | BufferUsage.COPY_DST;
    const attributes: Record<string, { buffer: Buffer; format: "float32" | "unorm8x4" }> = {};
    const names: Record<Attr, string> = { x: "aX", y: "aY", size: "aSize", angle: "aAngle", lw: "aLineWidth", marker: "aMarker", fill: "aFill", line: "aLine" };
    for (const a of ATTRS) {
      const src = this.cpu[a];
      const dst = a === "fill" || a === "line" ? new Uint32Array(count) : new Float32Array(count);
      for (let i = 0, j = 0; i < count; i++, j += factor) dst[i] = src[j]!;
      attributes[names[a]] = { buffer: new Buffer({ data: dst, usage, label: `scatter-lod-${a}` }), format: a === "fill" || a === "line" ? "unorm8x4" : "float32" };
    }
    const index = new Uint32Array(count);
    for (let i = 0; i < count; i++) index[i] = i;
    this.lod_geometry?.destroy(true);
    this.lod_geometry = new Geometry({ topology: "point-list", attributes, indexBuffer: index, indexCount: count });
    this.mesh.geometry = this.lod_geometry;
  }

  /** Send rows [from, n) to the GPU, with whatever was written since the last frame (pixi uploads one range per buffer). */
  private upload(from: number): void {
    if (this.lod > 1) this.set_lod(1);
    if (this.geometry != null) {
      this.dirty_from = Math.min(this.dirty_from, Math.max(0, from));
      const rows = this.n - this.dirty_from;
      if (rows > 0) for (const a of ATTRS) this.buffers[a].update(rows * 4, this.dirty_from * 4);
      this.geometry.indexCount = this.n;
    }
    this.version++;
  }

  update_view(xs: Scale, ys: Scale): void {
    this.xs = xs; this.ys = ys;
    // categorical data is stored as synthetic coordinates: reload when the factors change
    if (this.coords.note(xs, ys)) this.full_load();
    const ax = xs.a, bx = xs.a * this.origin[0] + xs.b, ay = ys.a, by = ys.a * this.origin[1] + ys.b;
    if (this.uniforms != null) {
      const u = this.uniforms.uniforms.uAffine;
      u[0] = ax; u[1] = bx; u[2] = ay; u[3] = by;
      this.uniforms.update();
    } else {
      this.paint_canvas(ax, bx, ay, by);
    }
  }

  append(a: GlyphArgs, rows: number, dropped: number): void {
    this.args = a;
    this.glyph = a.glyph;
    this.data = source_data(a.source);
    const total = data_length(this.data);
    if (this.xs == null || this.ys == null) return;
    if (this.n - dropped + rows !== total || dropped > this.n) { this.full_load(); this.refresh(); return; }
    if (dropped > 0) {
      for (const k of ATTRS) this.cpu[k].copyWithin(0, dropped, this.n);
      this.n -= dropped;
    }
    if (this.n + rows > this.cap) this.allocate(Math.max(this.cap * 2, this.n + rows));
    const fresh = slice_data(this.data, total - rows);
    this.write_rows(fresh, this.n, rows, resolve_visuals({ ...a, source: null }, fresh, rows));
    this.n += rows;
    this.upload(dropped > 0 ? 0 : this.n - rows); // a rollover shifted every row
    this.refresh();
  }

  /**
   * After a stream or patch: WebGL sets its uniform now; the canvas layer is told what to paint by
   * the update_view the plot makes with the new scales (auto ranges) before its next frame.
   */
  private refresh(): void {
    if (this.args.backend === "webgl") this.update_view(this.xs!, this.ys!);
  }

  /** ColumnsPatched: rewrite the touched rows in the CPU buffers, upload once. */
  patch(a: GlyphArgs, rows: readonly number[]): void {
    this.args = a;
    this.glyph = a.glyph;
    this.data = source_data(a.source);
    if (this.xs == null || this.ys == null) return;
    if (data_length(this.data) !== this.n || rows.some((r) => r < 0 || r >= this.n)) { this.full_load(); this.refresh(); return; }
    for (const r of rows) {
      const one = slice_data(this.data, r, r + 1);
      this.write_rows(one, r, 1, resolve_visuals({ ...a, source: null }, one, 1));
    }
    this.upload(rows.reduce((m, r) => Math.min(m, r), Infinity));
    this.refresh();
  }

  private paint_canvas(ax: number, bx: number, ay: number, by: number): void {
    const xs = this.xs!, ys = this.ys!;
    const res = this.args.resolution, lod = this.lod, n = this.n, cpu = this.cpu;
    const f = { x: this.frame_x(), y: this.frame_y(), w: Math.max(1, Math.abs(xs.s1 - xs.s0)), h: Math.max(1, Math.abs(ys.s1 - ys.s0)) };
    this.layer ??= new MarkerLayer(this.container);
    // the key names the picture: a repeat of the last one is drawn from the layer's cache
    const key = [this.version, ax, bx, ay, by, f.x, f.y, f.w, f.h, res, lod].join(" ");
    this.layer.show(key, f, res, (ctx) => paint_markers(ctx, cpu, n, lod, [ax, bx, ay, by], f));
  }

  private frame_x(): number { return Math.min(this.xs!.s0, this.xs!.s1); }
  private frame_y(): number { return Math.min(this.ys!.s0, this.ys!.s1); }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null || i >= this.n) return null;
    const xs = this.xs, ys = this.ys;
    return [xs.a * (this.cpu.x[i]! + this.origin[0]) + xs.b, ys.a * (this.cpu.y[i]! + this.origin[1]) + ys.b];
  }

  hit_point(sx: number, sy: number): number[] {
    if (this.xs == null || this.ys == null) return [];
    const xs = this.xs, ys = this.ys;
    const ax = xs.a, bx = xs.a * this.origin[0] + xs.b, ay = ys.a, by = ys.a * this.origin[1] + ys.b;
    const out: number[] = [];
    const { x, y, size } = this.cpu;
    for (let i = 0; i < this.n; i++) {
      const r = Math.max(size[i]! / 2, 3);
      const dx = ax * x[i]! + bx - sx;
      if (dx > r || dx < -r) continue;
      const dy = ay * y[i]! + by - sy;
      if (dx * dx + dy * dy <= r * r) out.push(i);
    }
    return out;
  }

  /** As BokehJS's Marker._hit_span: markers the line passes through (within half their size). */
  hit_span(dim: 0 | 1, s: number): number[] {
    const sc = dim === 0 ? this.xs : this.ys;
    if (sc == null) return [];
    const a = sc.a, b = sc.a * this.origin[dim] + sc.b;
    const v = dim === 0 ? this.cpu.x : this.cpu.y, size = this.cpu.size;
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const r = Math.max(size[i]! / 2, 3), d = a * v[i]! + b - s;
      if (d <= r && d >= -r) out.push(i);
    }
    return out;
  }

  hit_poly(poly: ReadonlyArray<readonly [number, number]>): number[] {
    return indices_inside(this.n, (i) => this.anchor(i), poly);
  }

  draw_legend(g: Graphics, x0: number, y0: number, x1: number, y1: number, index: number | null): void {
    const vis = resolve_visuals(this.args, this.data, Math.max(1, data_length(this.data)));
    const i = index ?? 0;
    const marker = String(spec_at(this.spec("marker", this.data), i) ?? "circle");
    // as BokehJS's Marker._get_legend_args: one size for every entry (0.4 of the glyph box), whatever the data's sizes
    const size = Math.min(Math.abs(x1 - x0), Math.abs(y1 - y0)) * 0.4;
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, r = size / 2;
    const lw = Number(spec_at(vis.line_width, i) ?? 1);
    if (trace_outline(g, marker, cx, cy, r)) {
      if (vis.fill != null) g.fill({ color: vis.fill.rgb[i]!, alpha: vis.fill.alpha[i]! });
      if (vis.line != null) g.stroke({ color: vis.line.rgb[i]!, alpha: vis.line.alpha[i]!, width: lw });
    }
    if (vis.line != null && trace_segments(g, marker, cx, cy, r)) g.stroke({ color: vis.line.rgb[i]!, alpha: vis.line.alpha[i]!, width: lw });
    void attr;
  }

  destroy(): void {
    this.layer?.destroy();
    this.container.destroy({ children: true });
    this.lod_geometry?.destroy(true);
    this.geometry?.destroy(true);
  }
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "Scatter", view: (a) => new ScatterView(a), visuals: ["line", "fill", "hatch"] },
];
