// Scatter: the fast path. WebGL: one pixi Mesh of point sprites drawing SDF markers, data held in
// GPU buffers as pre-transformed float32 offsets from an origin; pan/zoom only change a uniform.
// Canvas backend: markers painted into an offscreen 2D canvas shown as one Sprite.
import { Buffer, BufferUsage, Container, Geometry, Graphics, Mesh, Shader, Sprite, Texture, UniformGroup } from "pixi.js";
import { attr } from "../snapshot.ts";
import { pre_column, CategoricalScale, type Scale } from "../scale.ts";
import { resolve, source_data, data_length, spec_at, type Data, type Spec } from "../specs.ts";
import { resolve_visuals, indices_inside, type GlyphArgs, type GlyphView, type Visuals } from "./base.ts";
import { marker_code, MARKER_TYPES, draw_marker_2d, trace_outline, trace_segments } from "./markers.ts";
import { SCATTER_VERTEX, scatter_fragment } from "./scatter_shader.ts";

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
  private kinds = "";
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
  // canvas
  private sprite: Sprite | null = null;
  private canvas: HTMLCanvasElement | null = null;
  private painted: [number, number, number, number] | null = null;

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
    this.container.addChild(this.mesh);
  }

  private full_load(): void {
    const n = data_length(this.data);
    const xs = this.xs!, ys = this.ys!;
    this.kinds = `${xs.kind}/${ys.kind}`;
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
    this.upload();
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
    if (this.args.backend !== "webgl") { this.painted = null; return; }
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

  private upload(): void {
    if (this.lod > 1) this.set_lod(1);
    if (this.geometry != null) {
      for (const a of ATTRS) this.buffers[a].update(this.n * 4);
      this.geometry.indexCount = this.n;
    }
    this.painted = null;
  }

  private factors: [unknown, unknown] = [null, null];

  update_view(xs: Scale, ys: Scale): void {
    this.xs = xs; this.ys = ys;
    // categorical data is stored as synthetic coordinates: reload when the factors change
    const fx = xs instanceof CategoricalScale ? xs.factors : null, fy = ys instanceof CategoricalScale ? ys.factors : null;
    if (this.kinds !== `${xs.kind}/${ys.kind}` || fx !== this.factors[0] || fy !== this.factors[1]) {
      this.factors = [fx, fy];
      this.full_load();
    }
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
    if (this.n - dropped + rows !== total || dropped > this.n) { this.full_load(); this.update_view(this.xs, this.ys); return; }
    if (dropped > 0) {
      for (const k of ATTRS) this.cpu[k].copyWithin(0, dropped, this.n);
      this.n -= dropped;
    }
    if (this.n + rows > this.cap) this.allocate(Math.max(this.cap * 2, this.n + rows));
    const fresh = slice_data(this.data, total - rows);
    this.write_rows(fresh, this.n, rows, resolve_visuals({ ...a, source: null }, fresh, rows));
    this.n += rows;
    this.upload();
    this.update_view(this.xs, this.ys);
  }

  /** ColumnsPatched: rewrite the touched rows in the CPU buffers, upload once. */
  patch(a: GlyphArgs, rows: readonly number[]): void {
    this.args = a;
    this.glyph = a.glyph;
    this.data = source_data(a.source);
    if (this.xs == null || this.ys == null) return;
    if (data_length(this.data) !== this.n || rows.some((r) => r < 0 || r >= this.n)) { this.full_load(); this.update_view(this.xs, this.ys); return; }
    for (const r of rows) {
      const one = slice_data(this.data, r, r + 1);
      this.write_rows(one, r, 1, resolve_visuals({ ...a, source: null }, one, 1));
    }
    this.upload();
    this.update_view(this.xs, this.ys);
  }

  private paint_canvas(ax: number, bx: number, ay: number, by: number): void {
    const xs = this.xs!, ys = this.ys!;
    const res = this.args.resolution;
    const fx = this.frame_x(), fy = this.frame_y();
    const w = Math.max(1, Math.abs(xs.s1 - xs.s0)), h = Math.max(1, Math.abs(ys.s1 - ys.s0));
    this.canvas ??= document.createElement("canvas");
    const cv = this.canvas;
    cv.width = Math.ceil(w * res); cv.height = Math.ceil(h * res);
    const ctx = cv.getContext("2d")!;
    ctx.setTransform(res, 0, 0, res, -fx * res, -fy * res);
    ctx.clearRect(fx, fy, w, h);
    const c = this.cpu;
    const css = (v: number) => (v >>> 24 === 0 ? null : `rgba(${v & 255},${(v >> 8) & 255},${(v >> 16) & 255},${(v >>> 24) / 255})`);
    let last_fill = -1, last_line = -1, fill_s: string | null = null, line_s: string | null = null;
    for (let i = 0; i < this.n; i += this.lod) {
      const sx = ax * c.x[i]! + bx, sy = ay * c.y[i]! + by;
      const r = c.size[i]! / 2;
      if (sx < fx - r - 2 || sx > fx + w + r + 2 || sy < fy - r - 2 || sy > fy + h + r + 2 || isNaN(sx) || isNaN(sy)) continue;
      if (c.fill[i] !== last_fill) { last_fill = c.fill[i]!; fill_s = css(last_fill); }
      if (c.line[i] !== last_line) { last_line = c.line[i]!; line_s = css(last_line); }
      const ang = c.angle[i]!;
      if (ang !== 0) { ctx.save(); ctx.translate(sx, sy); ctx.rotate(-ang); draw_marker_2d(ctx, MARKER_TYPES[c.marker[i]!]!, 0, 0, r, fill_s, line_s, c.lw[i]!); ctx.restore(); }
      else draw_marker_2d(ctx, MARKER_TYPES[c.marker[i]!]!, sx, sy, r, fill_s, line_s, c.lw[i]!);
    }
    if (this.sprite == null) {
      this.sprite = new Sprite(Texture.from(cv));
      this.container.addChild(this.sprite);
    } else {
      this.sprite.texture.source.resize(cv.width / res, cv.height / res, res);
      this.sprite.texture.source.update();
    }
    this.sprite.texture.source.resolution = res;
    this.sprite.width = w; this.sprite.height = h;
    this.sprite.position.set(fx, fy);
    this.painted = [ax, bx, ay, by];
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

  hit_poly(poly: ReadonlyArray<readonly [number, number]>): number[] {
    return indices_inside(this.n, (i) => this.anchor(i), poly);
  }

  draw_legend(g: Graphics, x0: number, y0: number, x1: number, y1: number, index: number | null): void {
    const vis = resolve_visuals(this.args, this.data, Math.max(1, data_length(this.data)));
    const i = index ?? 0;
    const marker = String(spec_at(this.spec("marker", this.data), i) ?? "circle");
    const size = Math.min(Number(spec_at(this.spec("size", this.data), i) ?? 4), (y1 - y0) * 0.6);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, r = Math.max(size, 6) / 2;
    const lw = Number(spec_at(vis.line_width, i) ?? 1);
    if (trace_outline(g, marker, cx, cy, r)) {
      if (vis.fill != null) g.fill({ color: vis.fill.rgb[i]!, alpha: vis.fill.alpha[i]! });
      if (vis.line != null) g.stroke({ color: vis.line.rgb[i]!, alpha: vis.line.alpha[i]!, width: lw });
    }
    if (vis.line != null && trace_segments(g, marker, cx, cy, r)) g.stroke({ color: vis.line.rgb[i]!, alpha: vis.line.alpha[i]!, width: lw });
    void attr;
  }

  destroy(): void {
    this.container.destroy({ children: true });
    this.lod_geometry?.destroy(true);
    this.geometry?.destroy(true);
  }
}
