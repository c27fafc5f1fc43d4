/**
 * The view state: an immer store derived from the replica Document. Each applied batch
 * produces a new immutable snapshot in which untouched models keep their identity, so
 * views redraw only what changed. Typed-array columns are opaque values (never drafted).
 */
import { produce, freeze } from "immer";
import type { Document, DocumentEvent, Model } from "@dash/protocol";
import { to_plain } from "./model_info.ts";
export { to_plain };
import type { DocSnap, ModelSnap } from "./snapshot.ts";

export interface StreamedChange {
  readonly source_id: string;
  readonly rows: number;
  readonly rollover?: number | null;
}

export interface PatchedChange {
  readonly source_id: string;
  readonly rows: readonly number[];
}

/** Rows a ColumnsPatched touches (index, slice, or [row, ...] for n-d cells). */
function patched_rows(patches: Record<string, ReadonlyArray<readonly [unknown, unknown]>>, length: number): number[] {
  const rows = new Set<number>();
  for (const list of Object.values(patches)) {
    for (const [index] of list) {
      const i = Array.isArray(index) ? index[0] : index;
      if (typeof i === "number") rows.add(i);
      else if (i !== null && typeof i === "object") {
        const sl = i as { start?: number | null; stop?: number | null; step?: number | null };
        for (let r = sl.start ?? 0; r < (sl.stop ?? length); r += sl.step ?? 1) rows.add(r);
      }
    }
  }
  return [...rows].sort((a, b) => a - b);
}

export interface Changes {
  /** Ids of models whose snapshot was replaced. */
  readonly models: ReadonlySet<string>;
  /** Streams in this batch, so renderers can append instead of rebuilding. */
  readonly streamed: readonly StreamedChange[];
  /** Sources patched in place (cells changed, lengths unchanged), with the rows touched. */
  readonly patched: readonly PatchedChange[];
}

/** Per source, what a batch did to its columns: rows streamed (and rollover), rows patched in place. */
export type ColumnChanges = ReadonlyMap<string, { rows: number; rollover?: number; patched?: readonly number[] }>;

/** The column part of a batch's Changes, per source (several streams into one source add up). */
export function column_changes(changed: Partial<Pick<Changes, "streamed" | "patched">>): ColumnChanges {
  const out = new Map<string, { rows: number; rollover?: number; patched?: readonly number[] }>();
  for (const s of changed.streamed ?? []) {
    const prev_rows = out.get(s.source_id)?.rows ?? 0;
    out.set(s.source_id, { rows: prev_rows + s.rows, rollover: s.rollover ?? undefined });
  }
  for (const p of changed.patched ?? []) {
    const prev = out.get(p.source_id);
    out.set(p.source_id, { rows: prev?.rows ?? 0, rollover: prev?.rollover, patched: [...(prev?.patched ?? []), ...p.rows] });
  }
  return out;
}

export type StoreListener = (snap: DocSnap, changes: Changes) => void;

export function snap_model(m: Model): ModelSnap {
  const attrs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.properties_with_values())) attrs[k] = to_plain(v);
  // Typed arrays can't be frozen; freeze shallowly so immer treats the snapshot as final.
  return freeze({ id: m.id, type: m.type, attrs: freeze(attrs) }) as ModelSnap;
}

export function snap_document(doc: Document): DocSnap {
  const models: Record<string, ModelSnap> = {};
  for (const [id, m] of doc.models) models[id] = snap_model(m);
  return freeze({ models: freeze(models), roots: freeze(doc.roots.map((r) => r.id)), title: doc.title }) as DocSnap;
}

function touched(e: DocumentEvent): Model | null {
  switch (e.kind) {
    case "ModelChanged":
    case "ColumnDataChanged":
    case "ColumnsStreamed":
    case "ColumnsPatched":
      return e.model;
    default:
      return null;
  }
}

export class DocStore {
  private _snap: DocSnap;
  private readonly listeners = new Set<StoreListener>();
  private readonly unsubscribe: () => void;

  constructor(readonly doc: Document) {
    this._snap = snap_document(doc);
    this.unsubscribe = doc.on_batch((batch) => this.apply(batch.events));
  }

  get snap(): DocSnap {
    return this._snap;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Rebuild from scratch (after the replica was replaced by a fresh document). */
  reset(): void {
    const next = snap_document(this.doc);
    const changes: Changes = { models: new Set(Object.keys(next.models)), streamed: [], patched: [] };
    this._snap = next;
    for (const l of this.listeners) l(next, changes);
  }

  private apply(events: readonly DocumentEvent[]): void {
    const ids = new Set<string>();
    const streamed: StreamedChange[] = [];
    const patched: PatchedChange[] = [];
    let structure = false;
    for (const e of events) {
      const m = touched(e);
      if (m !== null) ids.add(m.id);
      if (e.kind === "ModelChanged") structure = true; // may bring in or drop models
      if (e.kind === "ColumnsStreamed") {
        const rows = Object.values(e.data)[0]?.length ?? 0;
        streamed.push({ source_id: e.model.id, rows, rollover: e.rollover });
      }
      if (e.kind === "ColumnsPatched") {
        const length = Object.values((e.model._v.data ?? {}) as Record<string, ArrayLike<unknown>>)[0]?.length ?? 0;
        patched.push({ source_id: e.model.id, rows: patched_rows(e.patches, length) });
      }
      if (e.kind === "RootAdded" || e.kind === "RootRemoved") structure = true;
    }
    const doc = this.doc;
    const next = produce(this._snap, (draft) => {
      if (structure) {
        for (const [id, m] of doc.models) if (!(id in draft.models)) {
          draft.models[id] = snap_model(m);
          ids.add(id);
        }
        for (const id of Object.keys(draft.models)) if (!doc.models.has(id)) delete draft.models[id];
        draft.roots = doc.roots.map((r) => r.id);
      }
      for (const id of ids) {
        const m = doc.models.get(id);
        if (m !== undefined) draft.models[id] = snap_model(m);
      }
      if (draft.title !== doc.title) draft.title = doc.title;
    });
    this._snap = next;
    const changes: Changes = { models: ids, streamed, patched };
    for (const l of this.listeners) l(next, changes);
  }

  dispose(): void {
    this.unsubscribe();
    this.listeners.clear();
  }
}
