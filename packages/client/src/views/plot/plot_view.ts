// PlotView: draws a Plot/Figure snapshot with pixi (frame, axes, grids, title, legend,
// annotations, glyphs) and hosts the DOM toolbar beside the canvas.
import { Application, Container, Graphics, Text } from "pixi.js";
import { attr, Resolver, type DocSnap, type ModelSnap } from "../../state/snapshot.ts";
import { draw_static, measure_text, type Layers } from "./plot_static.ts";
import type { LegendHit } from "./legend.ts";
import { ViewFilters, local_of } from "./view_filter.ts";
import type { ColumnChanges } from "../../state/store.ts";
import { compute_plot_state, plot_renderers, type PlotState } from "./plot_state.ts";
import { create_glyph_view, glyph_decl } from "./glyphs/registry.ts";
import type { Backend, GlyphArgs, GlyphView } from "./glyphs/base.ts";
import { source_data, data_length } from "./specs.ts";
import { Toolbar } from "./toolbar.ts";
import { dependencies } from "../../state/deps.ts";
import { RangeState } from "./range_state.ts";
import { on_math_ready } from "./math_text.ts";
import type { HitResult, PlotHost, RenderOptions, ToolTarget, UIEvent } from "./host.ts";
import type { Panels, Rect } from "./layout.ts";

/** Half-width (CSS px) of the band a vline/hline hover hits on glyphs without their own hit_span. */
const SPAN_PX = 3;
import type { Scale } from "./scale.ts";
import { Graphs, hit_role, linked_rows, type GraphPart } from "./graph.ts";

export { measure_text };

/**
 * What a plot drew last (test and benchmark hook, see views/README.md). Rects are CSS px relative
 * to the pixi canvas (`canvas_el`), so a data point (x, y) on linear scales lands at
 * `frame.x + (x - x_range[0]) / (x_range[1] - x_range[0]) * frame.w`, and likewise for y from the bottom.
 */
/** A gridplot lining its plots' frames up (BokehJS: a column shares its left/right panel sizes, a row its above/below). */
export interface PanelAligner {
  align(plot: PlotView): Partial<Panels> | null;
  /** The plot's own panel needs changed (new tick labels, title). */
  changed(plot: PlotView): void;
}

export interface PlotInspect {
  readonly renderer: Backend;
  readonly frames: number;
  readonly frame: Rect;
  readonly x_range: readonly [number, number] | null;
  readonly y_range: readonly [number, number] | null;
  /** Glyph views rebuilt from scratch / appended to by streams, since the plot was created. */
  readonly glyph_builds: number;
  readonly glyph_appends: number;
  /** Glyph views whose rows were rewritten in place by ColumnsPatched. */
  readonly glyph_patches: number;
  /** Glyph views holding their data in GPU buffers (WebGL Scatter and solid Line). */
  readonly gpu_glyphs: number;
  /** Every text the scene holds (tick labels, axis labels, title, legend entries), in scene order. */
  readonly texts: string[];
  /** Items of interactive legends as last drawn (canvas CSS px) and what a click on them does. */
  readonly legend_items: ReadonlyArray<{ readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly policy: "hide" | "mute" }>;
}

/** `source` is what the glyph view draws; with a CDSView filter, a filtered copy of `orig` whose row i is `orig`'s row `rows[i]`. */
interface ViewEntry { view: GlyphView; renderer: ModelSnap; glyph: ModelSnap; source: ModelSnap | null; selected: ModelSnap | null; orig: ModelSnap | null; rows: Int32Array | null }

/** Structural equality of small plain snapshot values (snapshots re-create arrays and objects). */
function same_plain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a == null || b == null || typeof a !== "object" || typeof b !== "object" || ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) return false;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same_plain(x, b[i]));
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a), kb = Object.keys(b);
  const ra = a as Record<string, unknown>, rb = b as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => same_plain(ra[k], rb[k]));
}

export class PlotView implements ToolTarget {
  readonly el: HTMLDivElement;
  readonly canvas_el: HTMLDivElement;
  readonly overlay = new Graphics();
  readonly tool_layer = new Graphics();
  plot: ModelSnap;
  private r: Resolver;
  private doc: DocSnap;
  private app: Application | null = null;
  private backend: Backend = "webgl";
  private state: PlotState | null = null;
  private readonly ranges = new RangeState();
  private readonly views = new Map<string, ViewEntry>();
  private readonly layers: Layers = { back: new Graphics(), grids: new Graphics(), glyphs: new Container(), mask: new Graphics(), annotations: new Container(), front: new Graphics(), axes: new Container() };
  readonly toolbar: Toolbar;
  private frame_pending = false;
  private layout_dirty = true;
  private destroyed = false;
  private frames = 0;
  private glyph_builds = 0;
  private glyph_appends = 0;
  private legend_hits: LegendHit[] = [];
  private readonly filters = new ViewFilters();
  private readonly graphs = new Graphs();
  /** Rows under the hover tool, per renderer that has a hover_glyph. */
  private inspected = new Map<string, ReadonlySet<number>>();
  private glyph_patches = 0;
  private first_frame_done: (() => void) | null = null;
  /** Resolves after the first frame was drawn (or the plot was destroyed first). */
  readonly first_frame: Promise<void> = new Promise((resolve) => { this.first_frame_done = resolve; });

  private readonly off_math: () => void;

  constructor(plot_id: string, doc: DocSnap, private readonly host: PlotHost, private readonly options: RenderOptions = {}) {
    this.plot = doc.models[plot_id]!;
    this.r = new Resolver(this.graphs.doc(doc, this.plot));
    this.doc = doc;
    this.el = document.createElement("div");
    this.el.className = "dash-plot";
    this.canvas_el = document.createElement("div");
    this.canvas_el.className = "dash-plot-canvas";
    this.el.appendChild(this.canvas_el);
    this.toolbar = new Toolbar(this, this.r);
    this.el.appendChild(this.toolbar.el);
    // math labels are drawn once MathJax (a lazily loaded chunk) and their images are ready
    this.off_math = on_math_ready(() => { this.layout_dirty = true; this.request_render(); });
    if (typeof ResizeObserver !== "undefined") {
      this.resize_observer = new ResizeObserver(() => {
        if (!this.stretch().w && !this.stretch().h) return;
        const w = this.el.clientWidth, h = this.el.clientHeight;
        if (this.measured == null || Math.abs(this.measured.w - w) > 0.5 || Math.abs(this.measured.h - h) > 0.5) {
          this.measured = { w, h };
          this.layout_dirty = true;
          this.request_render();
        }
      });
      this.resize_observer.observe(this.el);
    }
    void this.init();
  }

  private resize_observer: ResizeObserver | null = null;
  /** Set by a gridplot: the panel sizes that line this frame up with its row and column, and where this plot's own needs go. */
  aligner: PanelAligner | null = null;
  private last_panels: Panels | null = null;

  /** The gridplot's alignment changed: lay out again. */
  realign(): void {
    this.layout_dirty = true;
    this.request_render();
  }

  /** The side panels this plot needs (last layout), before alignment. */
  panels(): Panels | null {
    return this.last_panels;
  }
  private measured: { w: number; h: number } | null = null;

  private stretch(): { w: boolean; h: boolean } {
    const mode = attr<string | null>(this.plot, "sizing_mode");
    return { w: mode === "stretch_width" || mode === "stretch_both" || mode === "scale_width" || mode === "scale_both", h: mode === "stretch_height" || mode === "stretch_both" || mode === "scale_height" || mode === "scale_both" };
  }

  get resolution(): number {
    return this.options.resolution ?? (typeof window !== "undefined" ? window.devicePixelRatio || 1 : 1);
  }

  private async init(): Promise<void> {
    const app = new Application();
    const preference = this.options.renderer === "canvas" ? "canvas" : (["webgl", "canvas"] as const).slice();
    const size = this.size();
    await app.init({ preference, width: size.w, height: size.h, resolution: this.resolution, autoDensity: true, antialias: true, backgroundAlpha: 0, autoStart: false, preserveDrawingBuffer: false });
    if (this.destroyed) { app.destroy(true); return; }
    app.ticker.stop();
    this.app = app;
    this.backend = app.renderer.name === "canvas" ? "canvas" : "webgl";
    this.el.dataset["renderer"] = this.backend;
    this.canvas_el.appendChild(app.canvas);
    const L = this.layers;
    L.glyphs.mask = L.mask;
    app.stage.addChild(L.back, L.grids, L.mask, L.glyphs, L.annotations, L.front, L.axes, this.tool_layer, this.overlay);
    this.sync_views(new Map());
    this.request_render();
  }

  private size(): { w: number; h: number } {
    const st = this.stretch(), m = this.measured;
    const w0 = attr<number | null>(this.plot, "width") ?? 600, h0 = attr<number | null>(this.plot, "height") ?? 600;
    // BokehJS scale_*: the plot keeps its width:height aspect while filling the parent's width, height or both
    const mode = attr<string | null>(this.plot, "sizing_mode");
    if (m != null && m.w > 0 && mode === "scale_width") return { w: m.w, h: Math.round(m.w * h0 / w0) };
    if (m != null && m.h > 0 && mode === "scale_height") return { w: Math.round(m.h * w0 / h0), h: m.h };
    if (m != null && m.w > 0 && m.h > 0 && mode === "scale_both") {
      const k = Math.min(m.w / w0, m.h / h0);
      return { w: Math.round(w0 * k), h: Math.round(h0 * k) };
    }
    const w = st.w && m != null && m.w > 0 ? m.w : w0;
    const h = st.h && m != null && m.h > 0 ? m.h : h0;
    return { w, h };
  }

  /** New document snapshot. `streamed` maps source ids to rows appended / rollover. */
  update(doc: DocSnap, streamed: ColumnChanges = new Map()): void {
    this.r = new Resolver(this.graphs.doc(doc, doc.models[this.plot.id] ?? this.plot));
    this.toolbar.set_resolver(this.r);
    const next = doc.models[this.plot.id];
    if (next == null) return;
    const prev = this.plot, prev_doc = this.doc;
    this.plot = next;
    this.doc = doc;
    // ranges echoed back by the document replace local overrides once they agree (or go stale)
    this.ranges.reconcile(doc);
    // a tool's own range change coming back through the document: already on screen
    if (next === prev && streamed.size === 0 && this.only_drawn_ranges_changed(prev_doc, doc)) return;
    this.layout_dirty = true;
    if (this.app != null) this.sync_views(streamed);
    this.request_render();
  }

  /** True when every model of this plot that changed is a range whose new start/end is what is drawn. */
  private only_drawn_ranges_changed(prev: DocSnap, next: DocSnap): boolean {
    const st = this.state;
    if (st == null || this.layout_dirty) return false;
    const drawn = new Map<string, { start: number; end: number }>();
    for (const e of [...st.x_ranges.values(), ...st.y_ranges.values()]) if (e.model != null) drawn.set(e.model.id, e.range);
    for (const id of dependencies(next, this.plot.id)) {
      const a = prev.models[id], b = next.models[id];
      if (a === b) continue;
      const d = drawn.get(id);
      if (d == null || a == null || b == null) return false;
      for (const k of new Set([...Object.keys(a.attrs), ...Object.keys(b.attrs)])) if (k !== "start" && k !== "end" && !same_plain(a.attrs[k], b.attrs[k])) return false;
      if (b.attrs["start"] !== d.start || b.attrs["end"] !== d.end) return false;
    }
    return true;
  }

  private glyph_args(renderer: ModelSnap): (GlyphArgs & { orig: ModelSnap | null; rows: Int32Array | null }) | null {
    // a muted renderer draws its muted_glyph ("auto": the glyph at alpha 0.2, see resolve_visuals)
    const muted = attr<boolean>(renderer, "muted") === true ? this.r.deref(attr<unknown>(renderer, "muted_glyph")) : null;
    const glyph = muted ?? this.r.ref(renderer, "glyph");
    if (glyph == null) return null;
    const source = this.r.ref(renderer, "data_source");
    const f = this.filters.apply(renderer, source, this.r);
    const a = { r: f?.r ?? this.r, renderer, glyph, source: f?.source ?? source, backend: this.backend, resolution: this.resolution, visuals: glyph_decl(glyph.type)?.visuals ?? [], request_render: () => this.request_render(), inspected: this.inspected.get(renderer.id) };
    return { ...a, orig: source, rows: f?.rows ?? null };
  }

  /** A hit in a glyph view's rows, reported in its source's rows. */
  private hit_result(e: ViewEntry, local: number[]): HitResult {
    const rows = e.rows;
    if (rows == null) return { renderer: e.renderer, source: e.source, view: e.view, indices: local, anchor: (i) => e.view.anchor(i) };
    return {
      renderer: e.renderer, source: e.orig, view: e.view, indices: local.map((i) => rows[i]!),
      anchor: (i) => { const k = local_of(rows, i); return k < 0 ? null : e.view.anchor(k); },
    };
  }

  private sync_views(streamed: ColumnChanges): void {
    const renderers = plot_renderers(this.plot, this.r);
    const keep = new Set<string>();
    this.layers.glyphs.removeChildren();
    for (const rend of renderers) {
      const a = this.glyph_args(rend);
      if (a == null) continue;
      keep.add(rend.id);
      const selected = a.source != null ? a.r.ref(a.source, "selected") : null;
      const old = this.views.get(rend.id);
      let entry = old;
      if (old != null && old.renderer === rend && old.glyph === a.glyph && old.source === a.source && old.selected === selected) {
        // unchanged
      } else if (old != null && old.renderer === rend && old.glyph === a.glyph && old.selected === selected && a.source != null &&
        streamed.get(a.source.id)?.rows === 0 && streamed.get(a.source.id)?.patched !== undefined && old.view.patch !== undefined) {
        // cells changed in place: rewrite those rows only
        old.view.patch(a, streamed.get(a.source.id)!.patched!);
        this.glyph_patches++;
        entry = { ...old, source: a.source, orig: a.orig, rows: a.rows };
      } else if (old != null && old.renderer === rend && old.glyph === a.glyph && old.selected === selected && a.source != null &&
        streamed.has(a.source.id) && streamed.get(a.source.id)!.patched === undefined) {
        const s = streamed.get(a.source.id)!;
        const before = data_length(source_data(old.source)), after = data_length(source_data(a.source));
        old.view.append(a, s.rows, Math.max(0, before + s.rows - after));
        this.glyph_appends++;
        entry = { ...old, source: a.source, orig: a.orig, rows: a.rows };
      } else {
        old?.view.destroy();
        const view = create_glyph_view(a);
        this.glyph_builds++;
        entry = view == null ? undefined : { view, renderer: rend, glyph: a.glyph, source: a.source, selected, orig: a.orig, rows: a.rows };
      }
      if (entry == null) continue;
      this.views.set(rend.id, entry);
      entry.view.container.visible = attr<boolean>(rend, "visible") !== false;
      this.layers.glyphs.addChild(entry.view.container);
    }
    for (const [id, e] of this.views) if (!keep.has(id)) { e.view.destroy(); this.views.delete(id); }
    this.filters.retain(keep);
  }

  request_render(): void {
    if (this.frame_pending || this.destroyed) return;
    this.frame_pending = true;
    requestAnimationFrame(() => {
      this.frame_pending = false;
      // the document hears about tool range changes after they are drawn, so their echo
      // through the store finds them on screen and costs no second frame
      if (this.app == null || this.destroyed) { this.ranges.flush(this.host); return; }
      const t0 = performance.now();
      if (this.layout_dirty) this.relayout();
      const t1 = performance.now();
      this.app.render();
      const t2 = performance.now();
      // cheap instrumentation for dev harness / benchmarks
      this.el.dataset["layoutMs"] = (t1 - t0).toFixed(1);
      this.el.dataset["renderMs"] = (t2 - t1).toFixed(1);
      this.el.dataset["frames"] = String(++this.frames);
      this.first_frame_done?.();
      this.first_frame_done = null;
      this.ranges.flush(this.host);
    });
  }

  private relayout(): void {
    this.layout_dirty = false;
    const st = compute_plot_state(this.plot, this.r, this.ranges.current(), measure_text, this.size(), this.aligner?.align(this) ?? undefined);
    this.state = st;
    const p = st.panels, q = this.last_panels;
    this.last_panels = p;
    if (q == null || q.left !== p.left || q.right !== p.right || q.above !== p.above || q.below !== p.below) this.aligner?.changed(this);
    this.ranges.capture_initial(st);
    const { layout } = st;
    const app = this.app!;
    if (app.renderer.width / app.renderer.resolution !== layout.canvas.w || app.renderer.height / app.renderer.resolution !== layout.canvas.h) app.renderer.resize(layout.canvas.w, layout.canvas.h);
    const stretch = this.stretch(), size = this.size();
    this.el.style.width = stretch.w ? "100%" : `${size.w}px`;
    this.el.style.height = stretch.h ? "100%" : `${size.h}px`;
    if (stretch.h && !stretch.w) this.el.style.minHeight = "100px";
    this.canvas_el.style.left = `${layout.canvas_offset.x}px`;
    this.canvas_el.style.top = `${layout.canvas_offset.y}px`;
    this.toolbar.place(layout.toolbar, layout.toolbar_location);
    this.legend_hits = draw_static(this.layers, this.plot, this.r, st, new Map([...this.views].map(([k, v]) => [k, v.view])), this.resolution);
    for (const e of this.views.values()) this.place(e, st);
    this.toolbar.render_tools();
  }

  /** Give a glyph view its renderer's scales. */
  private place(e: ViewEntry, st: PlotState): void {
    const xs = st.x_scales.get(attr<string>(e.renderer, "x_range_name")) ?? st.x_scales.get("default")!;
    const ys = st.y_scales.get(attr<string>(e.renderer, "y_range_name")) ?? st.y_scales.get("default")!;
    e.view.update_view(xs, ys);
  }

  // ------------------------------------------------------------------ ToolTarget

  inspect(): PlotInspect {
    const texts: string[] = [];
    const walk = (c: Container): void => {
      if (!c.visible) return;
      if (c instanceof Text) texts.push(c.text);
      for (const ch of c.children) walk(ch);
    };
    if (this.app != null) walk(this.app.stage);
    const range = (m: Map<string, { range: { start: number; end: number } }> | undefined): [number, number] | null => {
      const d = m?.get("default");
      return d == null ? null : [d.range.start, d.range.end];
    };
    return { renderer: this.backend, frames: this.frames, glyph_builds: this.glyph_builds, glyph_appends: this.glyph_appends, glyph_patches: this.glyph_patches, legend_items: this.legend_hits.map(({ x, y, w, h, policy }) => ({ x, y, w, h, policy })), gpu_glyphs: [...this.views.values()].filter((e) => e.view.gpu === true).length, frame: this.frame(), x_range: range(this.state?.x_ranges), y_range: range(this.state?.y_ranges), texts };
  }

  frame(): Rect { return this.state?.layout.frame ?? { x: 0, y: 0, w: 1, h: 1 }; }
  x_scale(): Scale { return this.state!.x_scales.get("default")!; }
  y_scale(): Scale { return this.state!.y_scales.get("default")!; }

  private lod_timer: ReturnType<typeof setTimeout> | null = null;

  /** Bokeh's LOD: decimate big glyphs while interacting, full detail lod_timeout ms after. */
  private interacting(): void {
    const threshold = attr<number | null>(this.plot, "lod_threshold") ?? null;
    const factor = attr<number>(this.plot, "lod_factor") ?? 10;
    if (threshold == null) return;
    for (const e of this.views.values()) {
      const n = data_length(source_data(e.source));
      // at least Bokeh's lod_factor; more for huge sets so a frame stays ~50k points
      if (n > threshold * factor) e.view.set_lod?.(Math.max(factor, Math.ceil(n / 50_000)));
    }
    if (this.lod_timer != null) clearTimeout(this.lod_timer);
    this.lod_timer = setTimeout(() => {
      this.lod_timer = null;
      for (const e of this.views.values()) e.view.set_lod?.(1);
      this.layout_dirty = true;
      this.request_render();
    }, attr<number>(this.plot, "lod_timeout") ?? 500);
  }

  set_screen_ranges(x: [number, number] | null, y: [number, number] | null): void {
    const st = this.state;
    if (st == null) return;
    this.interacting();
    if (x != null) for (const [name, e] of st.x_ranges) { const s = st.x_scales.get(name)!; this.ranges.set(e.model, s.invert(x[0]), s.invert(x[1])); }
    if (y != null) for (const [name, e] of st.y_ranges) { const s = st.y_scales.get(name)!; this.ranges.set(e.model, s.invert(y[1]), s.invert(y[0])); }
    this.layout_dirty = true;
    this.request_render();
  }

  reset(): void {
    this.ranges.reset();
    this.layout_dirty = true;
    this.request_render();
    this.emit({ event_name: "reset" });
  }

  hit(sx: number, sy: number): HitResult[] {
    const out: HitResult[] = [];
    for (const e of this.views.values()) {
      if (!e.view.container.visible) continue;
      // a graph is hit on its nodes or on its edges, as its inspection policy says
      const part = this.graphs.part(e.renderer.id);
      if (part != null && part.role !== hit_role(this.r.ref(part.graph, "inspection_policy"))) continue;
      const indices = e.view.hit_point(sx, sy);
      if (indices.length > 0) out.push(this.hit_result(e, indices));
    }
    return out;
  }

  hit_poly(poly: ReadonlyArray<readonly [number, number]>): HitResult[] {
    return [...this.views.values()].filter((e) => e.view.container.visible).map((e) => this.hit_result(e, e.view.hit_poly(poly)));
  }

  hit_span(dim: 0 | 1, s: number): HitResult[] {
    const f = this.frame();
    const band: Array<[number, number]> = dim === 0
      ? [[s - SPAN_PX, f.y], [s + SPAN_PX, f.y], [s + SPAN_PX, f.y + f.h], [s - SPAN_PX, f.y + f.h]]
      : [[f.x, s - SPAN_PX], [f.x + f.w, s - SPAN_PX], [f.x + f.w, s + SPAN_PX], [f.x, s + SPAN_PX]];
    const out: HitResult[] = [];
    for (const e of this.views.values()) {
      if (!e.view.container.visible) continue;
      const indices = e.view.hit_span?.(dim, s) ?? e.view.hit_poly(band);
      if (indices.length > 0) out.push(this.hit_result(e, indices));
    }
    return out;
  }

  /** Rows a graph hit links to under the graph's policy (`inspection_policy` or `selection_policy`). */
  private linked(part: GraphPart, rows: number[], policy: "inspection_policy" | "selection_policy"): Array<{ renderer: ModelSnap; source: ModelSnap; indices: number[] }> {
    const g = part.graph, r = this.r;
    const node_r = r.ref(g, "node_renderer"), edge_r = r.ref(g, "edge_renderer");
    const node_src = node_r != null ? r.ref(node_r, "data_source") : null, edge_src = edge_r != null ? r.ref(edge_r, "data_source") : null;
    if (node_r == null || edge_r == null || node_src == null || edge_src == null) return [];
    const l = linked_rows(r.ref(g, policy)?.type ?? "NodesOnly", part.role, rows, source_data(node_src), source_data(edge_src));
    return [{ renderer: node_r, source: node_src, indices: l.nodes }, { renderer: edge_r, source: edge_src, indices: l.edges }];
  }

  set_inspected(hits: readonly HitResult[]): void {
    const next = new Map<string, Set<number>>();
    const add = (rend: ModelSnap, rows: readonly number[]): void => {
      if (rows.length === 0 || this.r.ref(rend, "hover_glyph") == null) return;
      const s = next.get(rend.id) ?? new Set<number>();
      for (const i of rows) s.add(i);
      next.set(rend.id, s);
    };
    for (const h of hits) {
      add(h.renderer, h.indices);
      const part = this.graphs.part(h.renderer.id);
      if (part != null) for (const l of this.linked(part, h.indices, "inspection_policy")) add(l.renderer, l.indices);
    }
    const same = (a: ReadonlySet<number> | undefined, b: ReadonlySet<number> | undefined): boolean => (a?.size ?? 0) === (b?.size ?? 0) && [...(a ?? [])].every((i) => b!.has(i));
    const changed = [...new Set([...this.inspected.keys(), ...next.keys()])].filter((id) => !same(this.inspected.get(id), next.get(id)));
    if (changed.length === 0) return;
    this.inspected = next;
    // rebuild those renderers' views with their inspected rows (only renderers with a hover_glyph get here)
    for (const id of changed) { this.views.get(id)?.view.destroy(); this.views.delete(id); }
    if (this.app != null) this.sync_views(new Map());
    // the rebuilt views hit-test at once (a tap may come before the next frame)
    const st = this.state;
    if (st != null) for (const id of changed) { const e = this.views.get(id); if (e != null) this.place(e, st); }
    this.layout_dirty = true;
    this.request_render();
  }

  select(results: HitResult[], append: boolean): void {
    const by_source = new Map<string, Set<number>>();
    // a hit graph node or edge selects what the graph's selection_policy links to it
    const linked = results.flatMap((h) => { const part = this.graphs.part(h.renderer.id); return part != null ? this.linked(part, h.indices, "selection_policy") : []; });
    for (const h of [...results, ...linked]) {
      if (h.source == null) continue;
      const set = by_source.get(h.source.id) ?? new Set<number>();
      if (append) { const sel = this.r.ref(h.source, "selected"); for (const i of attr<number[]>(sel ?? h.source, "indices") ?? []) set.add(i); }
      for (const i of h.indices) set.add(i);
      by_source.set(h.source.id, set);
    }
    for (const [id, set] of by_source) this.host.set_selection(id, [...set].sort((a, b) => a - b));
  }

  emit(event: UIEvent): void { this.host.emit_event(this.plot.id, event); }
  set_attr(model_id: string, name: string, value: unknown): void { this.host.set_attr(model_id, name, value); }
  set_selection(source_id: string, indices: number[]): void { this.host.set_selection(source_id, indices); }
  set_range(range_id: string, start: number, end: number): void { this.host.set_range(range_id, start, end); }

  range_values(): Map<string, { start: number; end: number }> {
    const out = new Map<string, { start: number; end: number }>();
    for (const e of [...this.state?.x_ranges.values() ?? [], ...this.state?.y_ranges.values() ?? []]) if (e.model != null) out.set(e.model.id, { start: e.range.start, end: e.range.end });
    return out;
  }

  restore_ranges(values: ReadonlyMap<string, { start: number; end: number }>): void {
    for (const [id, v] of values) { const m = this.r.get(id); if (m != null) this.ranges.set(m, v.start, v.end); }
    this.layout_dirty = true;
    this.request_render();
  }

  /** BokehJS LegendView's click: hide toggles the item's renderers' `visible`, mute their `muted`; the server hears it. */
  legend_click(sx: number, sy: number): boolean {
    const hit = this.legend_hits.find((h) => sx >= h.x && sx <= h.x + h.w && sy >= h.y && sy <= h.y + h.h);
    if (hit == null) return false;
    const name = hit.policy === "hide" ? "visible" : "muted";
    for (const rend of hit.renderers) {
      const now = attr<boolean>(rend, name) ?? (name === "visible");
      this.host.set_attr(rend.id, name, !now);
    }
    return true;
  }

  async to_png(): Promise<Blob | null> {
    if (this.app == null) return null;
    this.app.render();
    const canvas = this.app.canvas;
    return new Promise((resolve) => canvas.toBlob((b) => resolve(b), "image/png"));
  }

  destroy(): void {
    this.destroyed = true;
    this.off_math();
    this.first_frame_done?.();
    this.resize_observer?.disconnect();
    if (this.lod_timer != null) clearTimeout(this.lod_timer);
    for (const e of this.views.values()) e.view.destroy();
    this.views.clear();
    this.toolbar.destroy();
    this.app?.destroy(true, { children: true });
    this.el.remove();
  }
}
