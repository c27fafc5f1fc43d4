// PolyDrawTool, PolyEditTool, LineEditTool (BokehJS 3.10 gestures). Their vertex /
// intersection renderers show the edited shape's points; Dash writes those renderers'
// sources through the document like the edited ones (BokehJS keeps them local to the page).
import { attr, type ModelSnap } from "../../../state/snapshot.ts";
import { in_frame, ICONS, type Pointer } from "./tool.ts";
import { EditTool, select_mode } from "./edit_tool.ts";
import { field_of, length_of, pad_empty_columns, pop_glyphs, shift_lists, shift_rows, type Cols } from "./edit_data.ts";

/** Shared by the tools that show points of the shape being edited in a helper renderer. */
abstract class PointsTool extends EditTool {
  protected abstract helper(): ModelSnap | null;
  protected helper_keys(): [string | null, string | null] {
    const g = this.glyph(this.helper());
    return g == null ? [null, null] : [field_of(g, "x"), field_of(g, "y")];
  }
  /** Set the helper renderer's points (BokehJS `_set_vertices` / `_set_intersection`). */
  protected set_points(xs: number[], ys: number[]): void {
    const source = this.source(this.helper());
    const [px, py] = this.helper_keys();
    if (source == null) return;
    const cols = this.columns(source);
    const n = xs.length;
    for (const k of Object.keys(cols)) cols[k] = k === px ? xs.slice() : k === py ? ys.slice() : Array.from({ length: n }, (_, i) => cols[k]![i] ?? null);
    if (px != null) cols[px] = xs.slice();
    if (py != null) cols[py] = ys.slice();
    this.write(source, cols, true);
  }
  /** The helper's point at p (BokehJS `_snap_to_vertex`), else p. */
  protected snap(p: Pointer, at: [number, number]): [number, number] {
    const h = this.helper(), source = this.source(h);
    if (h == null || source == null) return at;
    const rows = this.hit_rows(p, h);
    if (rows.length === 0) return at;
    const cols = this.columns(source), [px, py] = this.helper_keys();
    return [px != null ? cols[px]![rows[0]!] as number : at[0], py != null ? cols[py]![rows[0]!] as number : at[1]];
  }
}

export class PolyDrawTool extends PointsTool {
  readonly icon = ICONS["poly_draw"]!;
  readonly label = "Polygon Draw Tool";
  private drawing = false;
  private drag_base: [number, number] | null = null;

  protected helper(): ModelSnap | null { return this.r.ref(this.model, "vertex_renderer"); }
  private keys(rend: ModelSnap | null): [string | null, string | null] {
    const g = this.glyph(rend);
    return g == null ? [null, null] : [field_of(g, "xs"), field_of(g, "ys")];
  }

  /** BokehJS `_draw` with mode new (a two-vertex shape), edit (move its last vertex) or add (fix it, start the next). */
  private draw(p: Pointer, mode: "new" | "edit" | "add"): void {
    const rend = this.renderers()[0] ?? null;
    const source = this.source(rend), raw = this.to_data(p);
    if (source == null || raw == null) return;
    const [x, y] = this.snap(p, raw);
    const [xkey, ykey] = this.keys(rend);
    const before = this.columns(source), cols = this.columns(source);
    const last = (k: string) => cols[k]![cols[k]!.length - 1] as number[];
    if (mode === "new") {
      pop_glyphs(cols, this.num("num_objects"));
      if (xkey != null) (cols[xkey] ??= []).push([x, x]);
      if (ykey != null) (cols[ykey] ??= []).push([y, y]);
      pad_empty_columns(cols, [xkey, ykey], this.model, source, before);
    } else if (length_of(cols) > 0) {
      for (const [k, v] of [[xkey, x], [ykey, y]] as const) {
        if (k == null) continue;
        const pts = last(k);
        if (mode === "edit") pts[pts.length - 1] = v;
        else { const nv = pts[pts.length - 1]!; pts[pts.length - 1] = v; pts.push(nv); }
      }
    }
    this.write(source, cols);
    this.show_vertices(cols);
  }

  /** All vertices of the renderers' shapes (but the one following the pointer while drawing). */
  private show_vertices(edited?: Cols): void {
    if (this.helper() == null) return;
    const xs: number[] = [], ys: number[] = [];
    const rends = this.renderers();
    rends.forEach((rend, i) => {
      const source = this.source(rend);
      if (source == null) return;
      const cols = i === 0 && edited != null ? edited : this.columns(source);
      const [xkey, ykey] = this.keys(rend);
      const vx = xkey != null ? (cols[xkey] ?? []).flatMap((a) => a as number[]) : [];
      const vy = ykey != null ? (cols[ykey] ?? []).flatMap((a) => a as number[]) : [];
      if (this.drawing && i === rends.length - 1) { vx.pop(); vy.pop(); }
      xs.push(...vx); ys.push(...vy);
    });
    this.set_points(xs, ys);
  }

  tap(p: Pointer): void {
    if (this.drawing) this.draw(p, "add");
    else this.select_at(p, select_mode(p), this.renderers());
  }
  press(p: Pointer): void {
    if (this.drawing) { this.drawing = false; this.draw(p, "edit"); }
    else { this.drawing = true; this.draw(p, "new"); }
  }
  move_free(p: Pointer): void { if (this.drawing) this.draw(p, "edit"); }

  down(p: Pointer): void {
    if (!this.flag("drag") || !in_frame(this.t, p)) return;
    this.select_at(p, "append", this.renderers());
    this.drag_base = this.to_data(p);
  }
  move(p: Pointer): void {
    const at = this.to_data(p), base = this.drag_base;
    if (base == null || at == null) return;
    this.drag_base = at;
    for (const rend of this.renderers()) {
      const source = this.source(rend);
      const rows = source != null ? this.selected.get(source.id) ?? [] : [];
      if (source == null || rows.length === 0) continue;
      const cols = this.columns(source), [xkey, ykey] = this.keys(rend);
      shift_lists(cols, rows, xkey, ykey, at[0] - base[0], at[1] - base[1]);
      this.write(source, cols);
    }
  }
  up(p: Pointer): void {
    if (this.drag_base == null) return;
    this.move(p);
    this.drag_base = null;
    for (const rend of this.renderers()) { const s = this.source(rend); if (s != null) this.clear_selection(s); }
    this.show_vertices();
  }

  /** Drop the vertex that follows the pointer (BokehJS `_remove`). */
  private remove_last(): void {
    const rend = this.renderers()[0] ?? null, source = this.source(rend);
    if (source == null) return;
    const cols = this.columns(source);
    for (const k of this.keys(rend)) if (k != null && cols[k]!.length > 0) (cols[k]![cols[k]!.length - 1] as number[]).pop();
    this.write(source, cols, true);
  }

  override key(key: string, p: Pointer): void {
    if (key === "Escape" && this.drawing && in_frame(this.t, p)) { this.remove_last(); this.drawing = false; }
    super.key(key, p);
    if (key === "Backspace") this.show_vertices();
  }
  activate(): void { this.show_vertices(); }
  override deactivate(): void {
    if (this.drawing) { this.remove_last(); this.drawing = false; }
    if (this.helper() != null) this.set_points([], []);
    super.deactivate();
  }
}

/** PolyEditTool and LineEditTool: press on a shape shows its points; drag them; the shape follows. */
abstract class PointEditTool extends PointsTool {
  /** The edited renderer and row (PolyEdit: one patch of many; LineEdit: the whole line, row -1). */
  protected target: { rend: ModelSnap; row: number } | null = null;
  private base: [number, number] | null = null;
  protected abstract shape_keys(rend: ModelSnap): [string | null, string | null];
  protected dims(): string { return "both"; }

  protected shape_points(rend: ModelSnap, row: number): [number[], number[]] {
    const source = this.source(rend);
    if (source == null) return [[], []];
    const cols = this.columns(source), [xk, yk] = this.shape_keys(rend);
    const get = (k: string | null): number[] => k == null ? [] : row < 0 ? (cols[k] ?? []) as number[] : Array.from((cols[k]?.[row] ?? []) as number[]);
    return [get(xk), get(yk)];
  }

  /** Write the helper's points back into the edited shape. */
  protected sync_shape(): void {
    const t = this.target, h = this.source(this.helper());
    if (t == null || h == null) return;
    const source = this.source(t.rend);
    if (source == null) return;
    const pts = this.columns(h), [px, py] = this.helper_keys(), [xk, yk] = this.shape_keys(t.rend);
    const cols = this.columns(source);
    for (const [k, v] of [[xk, px != null ? pts[px] : null], [yk, py != null ? pts[py] : null]] as const) {
      if (k == null || v == null) continue;
      if (t.row < 0) cols[k] = v.slice(); else cols[k]![t.row] = v.slice();
    }
    this.write(source, cols);
  }

  press(p: Pointer): void {
    this.target = null;
    for (const rend of this.renderers()) {
      const rows = this.hit_rows(p, rend);
      if (rows.length > 0) { this.target = { rend, row: this.row_of(rows) }; break; }
    }
    if (this.target == null) { this.set_points([], []); return; }
    const [xs, ys] = this.shape_points(this.target.rend, this.target.row);
    this.set_points(xs, ys);
  }
  protected abstract row_of(rows: number[]): number;

  tap(p: Pointer): void {
    const h = this.helper();
    const mode = select_mode(p);
    if (h != null) this.select_at(p, mode, [h]);
    this.select_at(p, mode, this.renderers());
  }

  down(p: Pointer): void {
    const h = this.helper();
    if (h == null || !in_frame(this.t, p)) return;
    this.select_at(p, "append", [h]);
    this.base = this.to_data(p);
  }
  move(p: Pointer): void {
    const h = this.helper(), source = this.source(h), at = this.to_data(p), base = this.base;
    if (source == null || at == null || base == null) return;
    this.base = at;
    const rows = this.selected.get(source.id) ?? [];
    if (rows.length === 0) return;
    const cols = this.columns(source), [px, py] = this.helper_keys(), d = this.dims();
    shift_rows(cols, rows, { x: px != null ? [px] : [], y: py != null ? [py] : [] }, d !== "height" ? at[0] - base[0] : 0, d !== "width" ? at[1] - base[1] : 0);
    this.write(source, cols);
    this.sync_shape();
  }
  up(p: Pointer): void {
    if (this.base == null) return;
    this.move(p);
    this.base = null;
    const s = this.source(this.helper());
    if (s != null) this.clear_selection(s);
  }

  override key(key: string, p: Pointer): void {
    if (!in_frame(this.t, p)) return;
    const h = this.helper(), hs = this.source(h);
    if (this.target != null && h != null && hs != null) {
      if (key === "Backspace") { this.delete_selected(h); this.sync_shape(); }
      else if (key === "Escape") { this.set_points([], []); this.target = null; }
      return;
    }
    super.key(key, p);
  }
  override deactivate(): void {
    if (this.target != null) this.set_points([], []);
    this.target = null;
    super.deactivate();
  }
}

export class PolyEditTool extends PointEditTool {
  readonly icon = ICONS["poly_edit"]!;
  readonly label = "Poly Edit Tool";
  protected helper(): ModelSnap | null { return this.r.ref(this.model, "vertex_renderer"); }
  protected shape_keys(rend: ModelSnap): [string | null, string | null] {
    const g = this.glyph(rend);
    return g == null ? [null, null] : [field_of(g, "xs"), field_of(g, "ys")];
  }
  protected row_of(rows: number[]): number { return rows[0]!; }
}

export class LineEditTool extends PointEditTool {
  readonly icon = ICONS["line_edit"]!;
  readonly label = "Line Edit Tool";
  protected helper(): ModelSnap | null { return this.r.ref(this.model, "intersection_renderer"); }
  protected shape_keys(rend: ModelSnap): [string | null, string | null] {
    const g = this.glyph(rend);
    return g == null ? [null, null] : [field_of(g, "x"), field_of(g, "y")];
  }
  protected override dims(): string { return attr<string>(this.model, "dimensions") ?? "both"; }
  protected row_of(): number { return -1; }
}
