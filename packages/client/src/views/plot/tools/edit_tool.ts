// The edit tools' shared behaviour (BokehJS EditToolView): selection by point, screen -> data
// mapping, Backspace/Escape, and writing a source's edited columns back to the document
// (at most once per animation frame per source, so a drag sends one change per frame).
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { ToolTarget } from "../host.ts";
import { in_frame, type Pointer, type Tool } from "./tool.ts";
import { copy_columns, delete_rows, type Cols } from "./edit_data.ts";

export type SelectMode = "replace" | "append" | "intersect" | "subtract";

/** BokehJS `_select_mode`: shift appends, ctrl intersects, both subtract. */
export function select_mode(p: Pointer): SelectMode {
  return p.shift ? (p.ctrl ? "subtract" : "append") : p.ctrl ? "intersect" : "replace";
}

export function combine(mode: SelectMode, old: readonly number[], hit: readonly number[]): number[] {
  const a = new Set(old), b = new Set(hit);
  switch (mode) {
    case "replace": return [...b].sort((x, y) => x - y);
    case "append": return [...new Set([...a, ...b])].sort((x, y) => x - y);
    case "intersect": return [...a].filter((i) => b.has(i)).sort((x, y) => x - y);
    case "subtract": return [...a].filter((i) => !b.has(i)).sort((x, y) => x - y);
  }
}

export abstract class EditTool implements Tool {
  readonly kind = "multi";
  abstract readonly icon: string;
  abstract readonly label: string;
  /** Selected rows per source id, as this tool last set them. */
  protected readonly selected = new Map<string, number[]>();
  private readonly pending = new Map<string, Cols>();
  private flush_scheduled = false;

  constructor(public model: ModelSnap, protected readonly t: ToolTarget, protected r: Resolver) {}

  update_model(m: ModelSnap, r: Resolver): void { this.model = m; this.r = r; }

  protected renderers(): ModelSnap[] { return this.r.refs(this.model, "renderers"); }
  protected source(rend: ModelSnap | null): ModelSnap | null { return rend == null ? null : this.r.ref(rend, "data_source"); }
  protected glyph(rend: ModelSnap | null): ModelSnap | null { return rend == null ? null : this.r.ref(rend, "glyph"); }
  protected num(name: string): number { return attr<number>(this.model, name) ?? 0; }
  protected flag(name: string): boolean { return attr<boolean>(this.model, name) !== false; }

  /** The columns as this tool last wrote them (pending) or as the document holds them. */
  protected columns(source: ModelSnap): Cols {
    const p = this.pending.get(source.id);
    return p != null ? structuredClone(p) : copy_columns(this.r.get(source.id) ?? source);
  }

  /** BokehJS `_map_drag`: data coordinates of a screen point inside the frame. */
  protected to_data(p: Pointer | { sx: number; sy: number }): [number, number] | null {
    if (!in_frame(this.t, { ...p, shift: false, ctrl: false })) return null;
    return [this.t.x_scale().invert(p.sx), this.t.y_scale().invert(p.sy)];
  }

  /** Rows of `rend` under the pointer. */
  protected hit_rows(p: Pointer, rend: ModelSnap): number[] {
    return this.t.hit(p.sx, p.sy).filter((h) => h.renderer.id === rend.id).flatMap((h) => h.indices);
  }

  /** BokehJS `_select_event`: select by point on these renderers; the renderers that were hit. */
  protected select_at(p: Pointer, mode: SelectMode, rends: readonly ModelSnap[]): ModelSnap[] {
    if (!in_frame(this.t, p)) return [];
    const hit: ModelSnap[] = [];
    for (const rend of rends) {
      const source = this.source(rend);
      if (source == null) continue;
      const rows = this.hit_rows(p, rend);
      if (rows.length > 0) hit.push(rend);
      this.set_selected(source, combine(mode, this.selected.get(source.id) ?? [], rows));
    }
    return hit;
  }

  protected set_selected(source: ModelSnap, rows: number[]): void {
    const before = this.selected.get(source.id) ?? [];
    this.selected.set(source.id, rows);
    if (before.length !== rows.length || before.some((v, i) => v !== rows[i])) this.t.set_selection(source.id, rows);
  }

  protected clear_selection(source: ModelSnap): void { this.set_selected(source, []); }

  /** Write a source's edited columns (coalesced per frame); `clear` also drops its selection, as BokehJS does. */
  protected write(source: ModelSnap, cols: Cols, clear = false): void {
    this.pending.set(source.id, cols);
    if (clear) this.clear_selection(source);
    if (this.flush_scheduled) return;
    this.flush_scheduled = true;
    requestAnimationFrame(() => this.flush());
  }

  /** Send pending column writes now. */
  protected flush(): void {
    this.flush_scheduled = false;
    for (const [id, cols] of this.pending) this.t.set_attr(id, "data", cols);
    this.pending.clear();
  }

  /** BokehJS `_delete_selected`. */
  protected delete_selected(rend: ModelSnap): void {
    const source = this.source(rend);
    const rows = source != null ? this.selected.get(source.id) ?? [] : [];
    if (source == null || rows.length === 0) return;
    const cols = this.columns(source);
    delete_rows(cols, rows);
    this.write(source, cols, true);
  }

  key(key: string, p: Pointer): void {
    if (!in_frame(this.t, p)) return;
    for (const rend of this.renderers()) {
      const source = this.source(rend);
      if (key === "Backspace") this.delete_selected(rend);
      else if (key === "Escape" && source != null) this.clear_selection(source);
    }
  }

  deactivate(): void { this.flush(); }
}
