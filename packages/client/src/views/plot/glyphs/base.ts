// Glyph views: one per GlyphRenderer. They draw in CSS pixels of the plot canvas using the
// plot's current scales. Graphics-based glyphs translate on pure pans and repaint on zoom.
import { Container, Graphics } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import { resolve, resolve_colors, source_data, data_length, line_dash, spec_at, type Colors, type Data, type Spec } from "../specs.ts";
import type { Scale } from "../scale.ts";

export type Backend = "webgl" | "canvas";

/** A glyph's visual property groups, as BokehJS names them. */
export type GlyphVisual = "line" | "fill" | "hatch" | "text";

export interface GlyphArgs {
  readonly r: Resolver;
  readonly renderer: ModelSnap;
  readonly glyph: ModelSnap;
  readonly source: ModelSnap | null;
  readonly backend: Backend;
  readonly resolution: number;
  /** The glyph type's visuals (from the glyph registry). */
  readonly visuals: readonly GlyphVisual[];
  /** Asks the plot for a frame (content that arrives later, such as a loaded ImageURL). */
  readonly request_render?: () => void;
  /** Rows under the hover tool (drawn with the renderer's hover_glyph when it has one). */
  readonly inspected?: ReadonlySet<number>;
}

export interface GlyphView {
  readonly container: Container;
  readonly glyph: ModelSnap;
  /** Data held in GPU buffers: pan/zoom change a uniform, streams write only their rows (test hook). */
  readonly gpu?: boolean;
  /** Scales changed (pan/zoom/resize). */
  update_view(xs: Scale, ys: Scale): void;
  /** Rows were streamed: `rows` new rows at the end, the first `dropped` rows rolled off (the plot calls update_view before its next frame). */
  append(args: GlyphArgs, rows: number, dropped: number): void;
  /** Cells of these rows changed in place (ColumnsPatched); optional: without it the view is rebuilt. */
  patch?(args: GlyphArgs, rows: readonly number[]): void;
  /** Indices under a screen point (within a few pixels). */
  hit_point(sx: number, sy: number): number[];
  /**
   * Indices whose glyph crosses the vertical (dim 0, screen x = s) or horizontal (dim 1) line through
   * the pointer (HoverTool mode vline/hline). Optional: without it, items within a few px of the line.
   */
  hit_span?(dim: 0 | 1, s: number): number[];
  /** Indices inside a screen polygon (box/lasso select). */
  hit_poly(poly: ReadonlyArray<readonly [number, number]>): number[];
  /** Screen anchor used for hover snapping. */
  anchor(i: number): [number, number] | null;
  /** Optional level-of-detail decimation during interaction (1 = full detail). */
  set_lod?(factor: number): void;
  /** Draw the legend icon into a box. */
  draw_legend(g: Graphics, x0: number, y0: number, x1: number, y1: number, index: number | null): void;
  destroy(): void;
}

export interface Visuals {
  fill: Colors | null;
  line: Colors | null;
  hatch: null;
  line_width: Spec;
  line_dash: number[];
  text: Colors | null;
}

const SELECTION_FILL_ALPHA = 0.2;
/** BokehJS's muted_glyph "auto": the glyph at alpha 0.2. */
const MUTED_ALPHA = 0.2;

export function selected_indices(r: Resolver, source: ModelSnap | null): Set<number> | null {
  const sel = source != null ? r.ref(source, "selected") : null;
  if (sel == null) return null;
  const idx = attr<ArrayLike<number>>(sel, "indices");
  if (idx == null || idx.length === 0) return null;
  return new Set(Array.from(idx));
}

/** Resolve fill/line colors of a renderer's glyph, applying its selection state per item. */
export function resolve_visuals(a: GlyphArgs, data: Data, n: number): Visuals {
  const { r, glyph, renderer, source } = a;
  const fill = a.visuals.includes("fill") ? resolve_colors(glyph, "fill_", data, n, r) : null;
  const line = a.visuals.includes("line") ? resolve_colors(glyph, "line_", data, n, r) : null;
  const text = a.visuals.includes("text") ? resolve_colors(glyph, "text_", data, n, r) : null;
  const sel = selected_indices(r, source);
  if (sel != null) {
    const ns = attr<unknown>(renderer, "nonselection_glyph");
    const ss = attr<unknown>(renderer, "selection_glyph");
    const nsg = r.deref(ns);
    const ssg = r.deref(ss);
    const nfill = nsg != null && fill != null ? resolve_colors(nsg, "fill_", data, n, r) : null;
    const nline = nsg != null && line != null ? resolve_colors(nsg, "line_", data, n, r) : null;
    const sfill = ssg != null && fill != null ? resolve_colors(ssg, "fill_", data, n, r) : null;
    const sline = ssg != null && line != null ? resolve_colors(ssg, "line_", data, n, r) : null;
    for (let i = 0; i < n; i++) {
      if (sel.has(i)) {
        if (sfill != null) { fill!.rgb[i] = sfill.rgb[i]!; fill!.alpha[i] = sfill.alpha[i]!; }
        if (sline != null) { line!.rgb[i] = sline.rgb[i]!; line!.alpha[i] = sline.alpha[i]!; }
      } else if (nsg != null) {
        if (nfill != null) { fill!.rgb[i] = nfill.rgb[i]!; fill!.alpha[i] = nfill.alpha[i]!; }
        if (nline != null) { line!.rgb[i] = nline.rgb[i]!; line!.alpha[i] = nline.alpha[i]!; }
      } else if (ns === "auto") {
        if (fill != null) fill.alpha[i] = Math.min(fill.alpha[i]!, SELECTION_FILL_ALPHA);
        if (line != null) line.alpha[i] = Math.min(line.alpha[i]!, SELECTION_FILL_ALPHA);
      }
    }
  }
  // BokehJS draws inspected rows (HoverTool) with the renderer's hover_glyph
  let line_width = resolve(glyph, "line_width", data, r);
  const hov = a.inspected != null && a.inspected.size > 0 ? r.deref(attr<unknown>(renderer, "hover_glyph")) : null;
  if (hov != null) {
    const hfill = fill != null ? resolve_colors(hov, "fill_", data, n, r) : null;
    const hline = line != null ? resolve_colors(hov, "line_", data, n, r) : null;
    const hw = resolve(hov, "line_width", data, r);
    const widths = Array.from({ length: n }, (_, i) => spec_at(line_width, i));
    for (const i of a.inspected!) {
      if (i >= n) continue;
      if (hfill != null) { fill!.rgb[i] = hfill.rgb[i]!; fill!.alpha[i] = hfill.alpha[i]!; }
      if (hline != null) { line!.rgb[i] = hline.rgb[i]!; line!.alpha[i] = hline.alpha[i]!; }
      widths[i] = spec_at(hw, i);
    }
    line_width = { kind: "field", values: widths };
  }
  if (attr<boolean>(renderer, "muted") === true && attr<unknown>(renderer, "muted_glyph") === "auto") {
    for (const c of [fill, line, text]) if (c != null) for (let i = 0; i < n; i++) c.alpha[i] = Math.min(c.alpha[i]!, MUTED_ALPHA);
  }
  return {
    fill: shown(fill, sel) ? fill : null,
    line: shown(line, sel) ? line : null,
    hatch: null,
    line_width,
    line_dash: line_dash(attr<unknown>(glyph, "line_dash")),
    text: text,
  };
}

/** Whether colours draw anything: a glyph with no colour (color=None) still shows its selected items in selection_color. */
function shown(c: Colors | null, sel: Set<number> | null): c is Colors {
  return c != null && (!c.none || (sel != null && c.alpha.some((a) => a > 0)));
}

export function width_at(v: Visuals, i: number): number {
  const w = spec_at(v.line_width, i);
  return typeof w === "number" ? w : 1;
}

/** Point-in-polygon (even-odd). */
/** Indices whose screen anchor lies inside a polygon (box and lasso selection). */
export function indices_inside(n: number, anchor: (i: number) => [number, number] | null, poly: ReadonlyArray<readonly [number, number]>): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = anchor(i);
    if (p != null && inside(poly, p[0], p[1])) out.push(i);
  }
  return out;
}

export function inside(poly: ReadonlyArray<readonly [number, number]>, x: number, y: number): boolean {
  let c = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!, [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/**
 * Base for glyphs drawn with one pixi Graphics. Subclasses resolve their specs in `prepare`
 * and emit shapes in `paint`; pans (same scale factors) only move the container.
 */
export abstract class GraphicsGlyph implements GlyphView {
  readonly container = new Container();
  protected readonly g = new Graphics();
  protected data: Data = {};
  protected n = 0;
  protected vis!: Visuals;
  protected xs: Scale | null = null;
  protected ys: Scale | null = null;
  private painted: [number, number, number, number] | null = null;
  glyph: ModelSnap;

  constructor(protected args: GlyphArgs) {
    this.glyph = args.glyph;
    this.container.addChild(this.g);
  }

  private loaded = false;

  /** Subclass fields are initialised after this base constructor, so loading is deferred. */
  protected ensure(): void {
    if (!this.loaded) { this.loaded = true; this.load(this.args); }
  }

  protected load(a: GlyphArgs): void {
    this.args = a;
    this.glyph = a.glyph;
    this.data = source_data(a.source);
    this.n = data_length(this.data);
    this.vis = resolve_visuals(a, this.data, this.n);
    this.prepare();
  }

  protected spec(name: string, field_default = true): Spec {
    return resolve(this.glyph, name, this.data, this.args.r, field_default);
  }

  protected abstract prepare(): void;
  protected abstract paint(g: Graphics, xs: Scale, ys: Scale): void;
  abstract anchor(i: number): [number, number] | null;

  update_view(xs: Scale, ys: Scale): void {
    this.ensure();
    this.xs = xs; this.ys = ys;
    const p = this.painted;
    if (p != null && Math.abs(p[0] - xs.a) <= 1e-12 * Math.abs(xs.a) && Math.abs(p[2] - ys.a) <= 1e-12 * Math.abs(ys.a)) {
      this.g.position.set(xs.b - p[1], ys.b - p[3]);
      return;
    }
    this.repaint();
  }

  protected repaint(): void {
    if (this.xs == null || this.ys == null) return;
    this.g.clear();
    this.g.position.set(0, 0);
    this.paint(this.g, this.xs, this.ys);
    this.painted = [this.xs.a, this.xs.b, this.ys.a, this.ys.b];
  }

  /** Reload; the repaint waits for the update_view the plot makes (new auto ranges) before its next frame. */
  append(a: GlyphArgs, _rows: number, _dropped: number): void {
    this.loaded = true;
    this.load(a);
    this.painted = null;
  }

  hit_point(sx: number, sy: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.n; i++) {
      const p = this.anchor(i);
      if (p != null && Math.abs(p[0] - sx) < 4 && Math.abs(p[1] - sy) < 4) out.push(i);
    }
    return out;
  }

  hit_poly(poly: ReadonlyArray<readonly [number, number]>): number[] {
    return indices_inside(this.n, (i) => this.anchor(i), poly);
  }

  protected fill_style(i: number): { color: number; alpha: number } | null {
    const f = this.vis.fill;
    if (f == null || f.alpha[i]! <= 0) return null;
    return { color: f.rgb[i]!, alpha: f.alpha[i]! };
  }

  protected line_style(i: number): { color: number; alpha: number; width: number } | null {
    const l = this.vis.line;
    const width = width_at(this.vis, i);
    if (l == null || l.alpha[i]! <= 0 || width <= 0) return null;
    return { color: l.rgb[i]!, alpha: l.alpha[i]!, width };
  }

  draw_legend(g: Graphics, x0: number, y0: number, x1: number, y1: number, index: number | null): void {
    this.ensure();
    const i = index ?? 0;
    const f = this.fill_style(i), l = this.line_style(i);
    const dx = (x1 - x0) * 0.1, dy = (y1 - y0) * 0.1;
    if (f != null || this.vis.fill != null) {
      g.rect(x0 + dx, y0 + dy, x1 - x0 - 2 * dx, y1 - y0 - 2 * dy);
      if (f != null) g.fill(f);
      if (l != null) g.stroke({ ...l, alignment: 0.5 });
    } else if (l != null) {
      const y = (y0 + y1) / 2;
      g.moveTo(x0, y).lineTo(x1, y).stroke(l);
    }
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }
}
