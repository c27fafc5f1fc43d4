// Column edits of the edit tools, as BokehJS's EditToolView makes them, on plain working
// copies of a source's columns (the snapshot's columns are immutable; the edited copy is
// written back whole as the source's `data`, as BokehJS's `cds.setv({data})` does).
import { attr, is_typed_array, source_data, type ModelSnap } from "../../../state/snapshot.ts";

export type Cols = Record<string, unknown[]>;

/** The field a glyph's data spec reads (`{field}`), or null for a value spec. */
export function field_of(glyph: ModelSnap, name: string): string | null {
  const v = attr<unknown>(glyph, name);
  if (typeof v === "string") return v;
  if (v != null && typeof v === "object" && typeof (v as { field?: unknown }).field === "string") return (v as { field: string }).field;
  return null;
}

const copy_cell = (v: unknown): unknown => (is_typed_array(v) || Array.isArray(v) ? Array.from(v as ArrayLike<unknown>) : v);

/** A mutable deep-enough copy of a source's columns (nested xs/ys lists copied too). */
export function copy_columns(source: ModelSnap | null): Cols {
  const out: Cols = {};
  for (const [k, col] of Object.entries(source_data(source))) out[k] = Array.from(col as ArrayLike<unknown>, copy_cell);
  return out;
}

export function length_of(cols: Cols): number {
  for (const k in cols) return cols[k]!.length;
  return 0;
}

/** BokehJS `_pop_glyphs`: before adding one, drop the oldest rows so at most num_objects remain after it. */
export function pop_glyphs(cols: Cols, num_objects: number): void {
  if (num_objects <= 0) return;
  for (const col of Object.values(cols)) {
    const drop = col.length - num_objects + 1;
    if (drop > 0) col.splice(0, drop);
  }
}

/** BokehJS's `inferred_defaults`: the default of a column from its first item. */
function inferred_default(col: readonly unknown[]): unknown {
  if (col.length === 0) return undefined;
  const item = col[0];
  if (item === null) return null;
  if (typeof item === "boolean") return false;
  if (typeof item === "number") return 0;
  if (typeof item === "string") return "";
  if (Array.isArray(item)) return [];
  return undefined;
}

/**
 * BokehJS `_pad_empty_columns`: the columns a new row did not set get the tool's
 * default_overrides, else the source's default_values, else the inferred default, else empty_value.
 */
export function pad_empty_columns(cols: Cols, coords: ReadonlyArray<string | null>, tool: ModelSnap, source: ModelSnap | null, before: Cols): void {
  const overrides = attr<Record<string, unknown> | null>(tool, "default_overrides") ?? {};
  const defaults = (source != null ? attr<Record<string, unknown> | null>(source, "default_values") : null) ?? {};
  const empty = attr<unknown>(tool, "empty_value") ?? 0;
  for (const [k, col] of Object.entries(cols)) {
    if (coords.includes(k)) continue;
    const inferred = inferred_default(before[k] ?? []);
    col.push(Object.hasOwn(overrides, k) ? overrides[k] : Object.hasOwn(defaults, k) ? defaults[k] : inferred !== undefined ? inferred : empty);
  }
}

/** BokehJS `_delete_selected`: remove these rows from every column. */
export function delete_rows(cols: Cols, rows: readonly number[]): void {
  const drop = new Set(rows);
  for (const k of Object.keys(cols)) cols[k] = cols[k]!.filter((_, i) => !drop.has(i));
}

/** Add (dx, dy) to these rows of the x/y columns (BokehJS `_drag_points`). */
export function shift_rows(cols: Cols, rows: readonly number[], keys: { x: readonly string[]; y: readonly string[] }, dx: number, dy: number): void {
  for (const i of rows) {
    for (const k of keys.x) { const c = cols[k]; if (c != null && typeof c[i] === "number") c[i] = (c[i] as number) + dx; }
    for (const k of keys.y) { const c = cols[k]; if (c != null && typeof c[i] === "number") c[i] = (c[i] as number) + dy; }
  }
}

/** Add (dx, dy) to every vertex of these rows of xs/ys list columns (PolyDraw's drag). */
export function shift_lists(cols: Cols, rows: readonly number[], xkey: string | null, ykey: string | null, dx: number, dy: number): void {
  for (const i of rows) {
    const xs = xkey != null ? cols[xkey]?.[i] as number[] | undefined : undefined;
    const ys = ykey != null ? cols[ykey]?.[i] as number[] | undefined : undefined;
    if (xs != null) for (let j = 0; j < xs.length; j++) xs[j] = xs[j]! + dx;
    if (ys != null) for (let j = 0; j < ys.length; j++) ys[j] = ys[j]! + dy;
  }
}

/**
 * BoxEditTool's columns for a box spanning data x [x0, x1] and y [y0, y1], per glyph type
 * (BokehJS `_set_extent`); null when the glyph's specs are not all fields.
 */
export function box_fields(glyph: ModelSnap, x0: number, x1: number, y0: number, y1: number): Record<string, number> | null {
  const f = (n: string) => field_of(glyph, n);
  const all = (...ns: string[]) => ns.every((n) => f(n) != null);
  switch (glyph.type) {
    case "Rect": return all("x", "y", "width", "height") ? { [f("x")!]: (x0 + x1) / 2, [f("y")!]: (y0 + y1) / 2, [f("width")!]: x1 - x0, [f("height")!]: y1 - y0 } : null;
    case "Block": return all("x", "y", "width", "height") ? { [f("x")!]: x0, [f("y")!]: y0, [f("width")!]: x1 - x0, [f("height")!]: y1 - y0 } : null;
    case "Quad": return all("left", "right", "top", "bottom") ? { [f("right")!]: x1, [f("bottom")!]: y0, [f("left")!]: x0, [f("top")!]: y1 } : null;
    case "HBar": return all("left", "y", "height", "right") ? { [f("left")!]: x0, [f("y")!]: (y0 + y1) / 2, [f("height")!]: y1 - y0, [f("right")!]: x1 } : null;
    case "VBar": return all("x", "bottom", "width", "top") ? { [f("x")!]: (x0 + x1) / 2, [f("bottom")!]: y0, [f("width")!]: x1 - x0, [f("top")!]: y1 } : null;
    case "HStrip": return all("y0", "y1") ? { [f("y0")!]: y0, [f("y1")!]: y1 } : null;
    case "VStrip": return all("x0", "x1") ? { [f("x0")!]: x0, [f("x1")!]: x1 } : null;
    default: return null;
  }
}

/** The columns BoxEditTool's drag moves in x and in y, per glyph type (BokehJS BoxEditToolView._drag_points). */
export function box_drag_keys(glyph: ModelSnap): { x: string[]; y: string[] } {
  const f = (n: string) => field_of(glyph, n);
  const pick = (...ns: string[]) => ns.every((n) => f(n) != null) ? ns.map((n) => f(n)!) : [];
  switch (glyph.type) {
    case "Quad": return { x: pick("left", "right"), y: pick("top", "bottom") };
    case "HBar": return { x: pick("left", "right"), y: pick("y") };
    case "VBar": return { x: pick("x"), y: pick("top", "bottom") };
    case "HStrip": return { x: [], y: pick("y0", "y1") };
    case "VStrip": return { x: pick("x0", "x1"), y: [] };
    default: return { x: pick("x"), y: pick("y") };
  }
}
