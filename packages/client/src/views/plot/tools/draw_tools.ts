// PointDrawTool, BoxEditTool, FreehandDrawTool (BokehJS 3.10 gestures: tap adds/selects,
// drag moves the selection, press starts/ends a box, Backspace deletes, Escape deselects).
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import { in_frame, ICONS, type Pointer } from "./tool.ts";
import { EditTool, select_mode } from "./edit_tool.ts";
import { box_drag_keys, box_fields, field_of, length_of, pad_empty_columns, pop_glyphs, shift_rows, type Cols } from "./edit_data.ts";

/** Dragging the selected rows of the tool's renderers (BokehJS `_drag_points`), on working copies. */
class DragRows {
  private base: [number, number] | null = null;
  private readonly work = new Map<string, Cols>();
  start(at: [number, number] | null): void { this.base = at; this.work.clear(); }
  get active(): boolean { return this.base != null; }
  /** Shift the selected rows by the data-space movement since the last point; the sources to write. */
  drag(tool: { cols(source: ModelSnap): Cols; rows(source: ModelSnap): number[]; keys(rend: ModelSnap): { x: string[]; y: string[] } }, rends: readonly ModelSnap[], source_of: (r: ModelSnap) => ModelSnap | null, at: [number, number] | null, dims = "both"): Array<[ModelSnap, Cols]> {
    if (this.base == null || at == null) return [];
    const dx = dims !== "height" ? at[0] - this.base[0] : 0, dy = dims !== "width" ? at[1] - this.base[1] : 0;
    this.base = at;
    const out: Array<[ModelSnap, Cols]> = [];
    for (const rend of rends) {
      const source = source_of(rend);
      if (source == null) continue;
      const rows = tool.rows(source);
      if (rows.length === 0) continue;
      const cols = this.work.get(source.id) ?? tool.cols(source);
      this.work.set(source.id, cols);
      shift_rows(cols, rows, tool.keys(rend), dx, dy);
      out.push([source, cols]);
    }
    return out;
  }
  end(): void { this.base = null; this.work.clear(); }
}

export class PointDrawTool extends EditTool {
  readonly icon = ICONS["point_draw"]!;
  readonly label = "Point Draw Tool";
  private readonly dragging = new DragRows();

  tap(p: Pointer): void {
    const hit = this.select_at(p, select_mode(p), this.renderers());
    if (hit.length > 0 || !this.flag("add")) return;
    const rend = this.renderers()[0] ?? null;
    const source = this.source(rend), glyph = this.glyph(rend), at = this.to_data(p);
    if (source == null || glyph == null || at == null) return;
    const xkey = field_of(glyph, "x"), ykey = field_of(glyph, "y");
    const before = this.columns(source), cols = this.columns(source);
    pop_glyphs(cols, this.num("num_objects"));
    if (xkey != null) (cols[xkey] ??= []).push(at[0]);
    if (ykey != null) (cols[ykey] ??= []).push(at[1]);
    pad_empty_columns(cols, [xkey, ykey], this.model, source, before);
    this.write(source, cols);
  }

  private readonly access = {
    cols: (s: ModelSnap) => this.columns(s),
    rows: (s: ModelSnap) => this.selected.get(s.id) ?? [],
    keys: (rend: ModelSnap) => { const g = this.glyph(rend); return { x: g != null && field_of(g, "x") != null ? [field_of(g, "x")!] : [], y: g != null && field_of(g, "y") != null ? [field_of(g, "y")!] : [] }; },
  };

  down(p: Pointer): void {
    if (!this.flag("drag") || !in_frame(this.t, p)) return;
    this.select_at(p, "append", this.renderers());
    this.dragging.start(this.to_data(p));
  }
  move(p: Pointer): void {
    for (const [source, cols] of this.dragging.drag(this.access, this.renderers(), (r) => this.source(r), this.to_data(p))) this.write(source, structuredClone(cols));
  }
  up(p: Pointer): void {
    if (!this.dragging.active) return;
    this.move(p);
    this.dragging.end();
    for (const rend of this.renderers()) { const s = this.source(rend); if (s != null) this.clear_selection(s); }
  }
}

export class BoxEditTool extends EditTool {
  readonly icon = ICONS["box_edit"]!;
  readonly label = "Box Edit Tool";
  private draw_base: Pointer | null = null;
  private shift_drawing = false;
  private recent: ModelSnap[] = [];
  private readonly dragging = new DragRows();
  private readonly access = {
    cols: (s: ModelSnap) => this.columns(s),
    rows: (s: ModelSnap) => this.selected.get(s.id) ?? [],
    keys: (rend: ModelSnap) => { const g = this.glyph(rend); return g == null ? { x: [], y: [] } : box_drag_keys(g); },
  };

  tap(p: Pointer): void {
    if (this.draw_base != null || this.dragging.active) return;
    this.recent = this.select_at(p, select_mode(p), this.renderers());
  }

  /** BokehJS `_update_box`: the box from the press/drag start to p, clamped to the frame and `dimensions`. */
  private update_box(p: Pointer, append: boolean): void {
    const base = this.draw_base;
    if (base == null) return;
    const f = this.t.frame();
    const cx = (v: number) => Math.min(Math.max(v, f.x), f.x + f.w), cy = (v: number) => Math.min(Math.max(v, f.y), f.y + f.h);
    const dims = attr<string>(this.model, "dimensions") ?? "both";
    let sx0 = cx(Math.min(base.sx, p.sx)), sx1 = cx(Math.max(base.sx, p.sx)), sy0 = cy(Math.min(base.sy, p.sy)), sy1 = cy(Math.max(base.sy, p.sy));
    if (dims === "width") { sy0 = f.y; sy1 = f.y + f.h; }
    if (dims === "height") { sx0 = f.x; sx1 = f.x + f.w; }
    const rend = this.recent[0] ?? this.renderers()[0] ?? null;
    const source = this.source(rend), glyph = this.glyph(rend);
    if (source == null || glyph == null) return;
    const xs = this.t.x_scale(), ys = this.t.y_scale();
    const [x0, x1] = [xs.invert(sx0), xs.invert(sx1)].sort((a, b) => a - b) as [number, number];
    const [y0, y1] = [ys.invert(sy0), ys.invert(sy1)].sort((a, b) => a - b) as [number, number];
    const fields = box_fields(glyph, x0, x1, y0, y1);
    if (fields == null) return;
    const before = this.columns(source), cols = this.columns(source);
    if (append) {
      pop_glyphs(cols, this.num("num_objects"));
      for (const [k, v] of Object.entries(fields)) (cols[k] ??= []).push(v);
      pad_empty_columns(cols, Object.keys(fields), this.model, source, before);
    } else {
      const last = length_of(cols) - 1;
      if (last < 0) return;
      for (const [k, v] of Object.entries(fields)) if (cols[k] != null) cols[k]![last] = v;
    }
    this.write(source, cols);
  }

  press(p: Pointer): void {
    if (this.draw_base != null) {
      this.update_box(p, false);
      this.draw_base = null;
    } else {
      this.draw_base = p;
      this.select_at(p, "append", this.renderers());
      this.update_box(p, true);
    }
  }
  move_free(p: Pointer): void { this.update_box(p, false); }

  down(p: Pointer): void {
    if (!in_frame(this.t, p)) return;
    if (p.shift) {
      if (this.draw_base != null) return;
      this.shift_drawing = true;
      this.draw_base = p;
      this.update_box(p, true);
    } else {
      this.recent = this.select_at(p, "append", this.renderers());
      this.dragging.start(this.to_data(p));
    }
  }
  move(p: Pointer): void {
    if (this.shift_drawing) { this.update_box(p, false); return; }
    const dims = attr<string>(this.model, "dimensions") ?? "both";
    for (const [source, cols] of this.dragging.drag(this.access, this.renderers(), (r) => this.source(r), this.to_data(p), dims)) this.write(source, structuredClone(cols));
  }
  up(p: Pointer): void {
    this.move(p);
    if (this.shift_drawing) { this.shift_drawing = false; this.draw_base = null; return; }
    this.dragging.end();
    for (const rend of this.renderers()) { const s = this.source(rend); if (s != null) this.clear_selection(s); }
  }
}

export class FreehandDrawTool extends EditTool {
  readonly icon = ICONS["freehand_draw"]!;
  readonly label = "Freehand Draw Tool";
  private drawing: { source: ModelSnap; cols: Cols; xkey: string | null; ykey: string | null } | null = null;

  tap(p: Pointer): void { this.select_at(p, select_mode(p), this.renderers()); }

  down(p: Pointer): void {
    const rend = this.renderers()[0] ?? null;
    const source = this.source(rend), glyph = this.glyph(rend), at = this.to_data(p);
    if (source == null || glyph == null || at == null) return;
    const xkey = field_of(glyph, "xs"), ykey = field_of(glyph, "ys");
    const before = this.columns(source), cols = this.columns(source);
    pop_glyphs(cols, this.num("num_objects"));
    if (xkey != null) (cols[xkey] ??= []).push([at[0]]);
    if (ykey != null) (cols[ykey] ??= []).push([at[1]]);
    pad_empty_columns(cols, [xkey, ykey], this.model, source, before);
    this.drawing = { source, cols, xkey, ykey };
    this.write(source, structuredClone(cols), true);
  }
  move(p: Pointer): void {
    const d = this.drawing, at = this.to_data(p);
    if (d == null || at == null) return;
    const n = length_of(d.cols) - 1;
    if (d.xkey != null) (d.cols[d.xkey]![n] as number[]).push(at[0]);
    if (d.ykey != null) (d.cols[d.ykey]![n] as number[]).push(at[1]);
    this.write(d.source, structuredClone(d.cols));
  }
  up(p: Pointer): void {
    this.move(p);
    this.drawing = null;
  }
}
