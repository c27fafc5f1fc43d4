// A renderer's CDSView applied before its glyph view sees the source: the view draws a
// filtered copy of the source (and of its selection), and hits map back to the source's rows.
import { attr, Resolver, type DocSnap, type ModelSnap } from "../../state/snapshot.ts";
import { source_data, type Data } from "./specs.ts";
import { view_indices } from "./filters.ts";

export interface Filtered {
  /** The source as the glyph view sees it: only the kept rows (a synthetic snapshot, stable while its inputs are). */
  readonly source: ModelSnap;
  /** Row of the real source for each row the glyph view has (ascending). */
  readonly rows: Int32Array;
  /** Resolves the synthetic source's selection too. */
  readonly r: Resolver;
}

/** A resolver that knows a few synthetic models on top of a document snapshot. */
class OverlayResolver extends Resolver {
  constructor(doc: DocSnap, private readonly extra: ReadonlyMap<string, ModelSnap>) { super(doc); }
  override get(id: string | null | undefined): ModelSnap | null {
    return id == null ? null : this.extra.get(id) ?? super.get(id);
  }
}

interface Cached { readonly key: readonly ModelSnap[]; readonly source: ModelSnap; readonly selection: ModelSnap | null; readonly rows: Int32Array }

/** Per plot: filtered sources, recomputed only when the source, its selection or a filter model changed. */
export class ViewFilters {
  private cache = new Map<string, Cached>();

  /** null when the renderer draws every row of its source. */
  apply(renderer: ModelSnap, source: ModelSnap | null, r: Resolver): Filtered | null {
    const view = r.ref(renderer, "view");
    if (source == null || view == null) return this.drop(renderer.id);
    const filter = r.ref(view, "filter");
    if (filter == null || filter.type === "AllIndices") return this.drop(renderer.id);
    const selection = r.ref(source, "selected");
    const key = [source, view, ...filter_models(filter, r), ...(selection != null ? [selection] : [])];
    let c = this.cache.get(renderer.id);
    if (c == null || c.key.length !== key.length || c.key.some((m, i) => m !== key[i])) {
      const data = source_data(source);
      const n = length_of(data);
      const rows = view_indices(view, data, n, r) ?? Int32Array.from({ length: n }, (_, i) => i);
      const sid = `${source.id}~${renderer.id}`;
      const sel = selection == null ? null : { id: `${selection.id}~${renderer.id}`, type: selection.type, attrs: { ...selection.attrs, indices: local_indices(attr<ArrayLike<number>>(selection, "indices") ?? [], rows) } };
      const attrs: Record<string, unknown> = { ...source.attrs, data: subset(data, rows) };
      if (sel != null) attrs["selected"] = { $ref: sel.id };
      c = { key, source: { id: sid, type: source.type, attrs }, selection: sel, rows };
      this.cache.set(renderer.id, c);
    }
    const extra = new Map<string, ModelSnap>([[c.source.id, c.source]]);
    if (c.selection != null) extra.set(c.selection.id, c.selection);
    return { source: c.source, rows: c.rows, r: new OverlayResolver(r.doc, extra) };
  }

  /** Forget renderers no longer drawn. */
  retain(ids: ReadonlySet<string>): void {
    for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
  }

  private drop(id: string): null {
    this.cache.delete(id);
    return null;
  }
}

function filter_models(f: ModelSnap, r: Resolver): ModelSnap[] {
  const out = [f];
  const op = r.ref(f, "operand");
  if (op != null) out.push(...filter_models(op, r));
  for (const o of r.refs(f, "operands")) out.push(...filter_models(o, r));
  return out;
}

function length_of(data: Data): number {
  for (const k in data) return (data[k] as ArrayLike<unknown>).length;
  return 0;
}

function subset(data: Data, rows: Int32Array): Data {
  const out: Record<string, Data[string]> = {};
  for (const k in data) {
    const col = data[k]!;
    if (ArrayBuffer.isView(col)) {
      const src = col as unknown as Float64Array;
      const dst = new (src.constructor as Float64ArrayConstructor)(rows.length);
      for (let i = 0; i < rows.length; i++) dst[i] = src[rows[i]!]!;
      out[k] = dst as unknown as Data[string];
    } else {
      const src = col as readonly unknown[];
      out[k] = Array.from(rows, (i) => src[i]) as unknown as Data[string];
    }
  }
  return out;
}

/** Positions in `rows` (sorted) of the given source rows; rows the view hides are left out. */
function local_indices(indices: ArrayLike<number>, rows: Int32Array): number[] {
  const out: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const j = local_of(rows, indices[k]!);
    if (j >= 0) out.push(j);
  }
  return out;
}

/** Binary search: the position of source row `row` in `rows`, or -1. */
export function local_of(rows: Int32Array, row: number): number {
  let lo = 0, hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, v = rows[mid]!;
    if (v === row) return mid;
    if (v < row) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
