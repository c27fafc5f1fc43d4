/**
 * In-place edits of `source.data`, as Bokeh's PropertyValueColumnData: on the server,
 * `source.data.y = arr`, `delete source.data.y` and `Object.assign(source.data, {...})` are
 * changes like `source.data = {...}`. Consecutive edits in one turn become ONE
 * ColumnDataChanged event (`cols` lists the assigned columns and `data` holds just those, as
 * Bokeh's `update()` sends them; a deletion sends the whole data without `cols`).
 *
 * Lengths may disagree between the edits of one batch (`Object.assign` of longer columns
 * assigns them one at a time); they are checked when the batch closes. A batch that leaves
 * the columns of unequal length is not sent: the data goes back to what it was before the
 * edits and the app's error reporter gets DASH_ERR_COLUMN_LENGTH (peers would refuse it).
 *
 * `source.data` is a Proxy over a null-prototype target that reads the source's current
 * stored object, so keys such as `__proto__` or `constructor` are plain column names and a
 * proxy kept by app code always sees the latest columns. In a document marked with
 * `keep_data_edits_local` (the browser's, where BokehJS semantics apply) an in-place edit
 * changes only the local replica; CustomJS code then calls `source.change.emit()`.
 */
import { Invalid } from "../../core/kinds.ts";
import { describe_value, ErrorCode, ValidationError } from "../../errors.ts";
import { to_column, type ColumnArray, type ColumnData } from "../../core/specs.ts";
import type { Document } from "../../document/document.ts";
import type { ColumnDataChanged } from "../../document/events.ts";

/** What the edits need of their ColumnDataSource (its storage, document and change callbacks). */
export interface EditedSource {
  readonly type: string;
  readonly _v: Record<string, unknown>;
  readonly _set: Set<string>;
  readonly _document: Document | null;
  _trigger_change(attr: string, old: unknown, value: unknown): void;
}

type OpenEvent = { -readonly [K in keyof ColumnDataChanged]: ColumnDataChanged[K] } & { cols?: string[] };

const local_docs = new WeakSet<Document>();

/** BokehJS semantics for `doc`: in-place edits of a source's data stay local until `change.emit()`. */
export function keep_data_edits_local(doc: Document): void {
  local_docs.add(doc);
}

/** A null-prototype copy, so a column named `__proto__` stays a column. */
export function copy_data(data: ColumnData): ColumnData {
  const out = Object.create(null) as ColumnData;
  for (const k of Object.keys(data)) out[k] = data[k]!;
  return out;
}

function unequal_lengths(data: ColumnData): Record<string, number> | null {
  const lens: Record<string, number> = Object.create(null);
  let n = -1, bad = false;
  for (const k of Object.keys(data)) {
    const len = data[k]!.length;
    lens[k] = len;
    if (n < 0) n = len;
    else if (len !== n) bad = true;
  }
  return bad ? lens : null;
}

export class DataEdits {
  private _proxy: ColumnData | null = null;
  private _open: { event: OpenEvent; before: ColumnData; doc: Document | null } | null = null;

  constructor(private readonly source: EditedSource) {}

  private get current(): ColumnData {
    return this.source._v.data as ColumnData;
  }

  /** The `source.data` app code sees. */
  get proxy(): ColumnData {
    if (this._proxy !== null) return this._proxy;
    const own = (key: string | symbol): key is string => typeof key === "string" && Object.prototype.hasOwnProperty.call(this.current, key);
    this._proxy = new Proxy(Object.create(null) as ColumnData, {
      get: (_t, key) => (own(key) ? this.current[key] : undefined),
      has: (_t, key) => own(key),
      ownKeys: () => Object.keys(this.current),
      getOwnPropertyDescriptor: (_t, key) =>
        own(key) ? { value: this.current[key], writable: true, enumerable: true, configurable: true } : undefined,
      set: (_t, key, value) => {
        if (typeof key !== "string") return false;
        this.assign(key, value);
        return true;
      },
      deleteProperty: (_t, key) => {
        if (typeof key !== "string") return false;
        if (own(key)) this.remove(key);
        return true;
      },
      defineProperty: (_t, key, desc) => {
        if (typeof key !== "string" || !("value" in desc)) return false;
        this.assign(key, desc.value);
        return true;
      },
      setPrototypeOf: () => false,
    });
    return this._proxy;
  }

  /** `source.data[key] = value`. */
  assign(key: string, value: unknown): void {
    const col = to_column(value);
    if (col === Invalid) {
      throw new ValidationError(ErrorCode.BAD_VALUE, `${this.source.type}.data['${key}'] expected a column (an array or typed array), got ${describe_value(value)}`, {
        model: this.source.type, attr: "data", column: key, received: describe_value(value),
      });
    }
    const old = this.current;
    const next = copy_data(old);
    next[key] = col;
    this.commit(old, next, key, col);
  }

  /** `delete source.data[key]`. */
  remove(key: string): void {
    const old = this.current;
    const next = copy_data(old);
    delete next[key];
    this.commit(old, next, null, null);
  }

  private commit(old: ColumnData, next: ColumnData, key: string | null, col: ColumnArray | null): void {
    const src = this.source;
    const doc = src._document;
    src._v.data = next;
    src._set.add("data");
    if (doc !== null && local_docs.has(doc)) return;
    this.record(doc, old, next, key, col);
    src._trigger_change("data", old, next);
  }

  /** Add this edit to the open event of the batch (or open one). */
  private record(doc: Document | null, old: ColumnData, next: ColumnData, key: string | null, col: ColumnArray | null): void {
    let open = this._open;
    const still_open = open !== null && open.doc === doc && (doc === null || doc.pending.at(-1) === open.event);
    if (!still_open) {
      const event: OpenEvent = { kind: "ColumnDataChanged", model: this.source as unknown as ColumnDataChanged["model"], attr: "data", data: Object.create(null), cols: [] };
      open = this._open = { event, before: old, doc };
      if (doc !== null) {
        doc._push(event);
        doc._before_flush(() => this.close(event));
      } else queueMicrotask(() => this.close(event));
    }
    const event = open!.event;
    if (key === null || event.cols === undefined) {
      event.data = next; // a deletion: the whole data, as a replacement
      delete event.cols;
    } else {
      (event.data as ColumnData)[key] = col!;
      if (!event.cols.includes(key)) event.cols.push(key);
    }
  }

  /** The batch closes: refuse (revert, report) columns of unequal length. */
  private close(event: OpenEvent): void {
    const open = this._open;
    if (open === null || open.event !== event) return;
    this._open = null;
    const lens = unequal_lengths(this.current);
    if (lens === null) return;
    const src = this.source;
    const bad = this.current;
    src._v.data = open.before;
    open.doc?._retract(open.event);
    const err = new ValidationError(ErrorCode.COLUMN_LENGTH,
      `${src.type}.data columns must all have the same length, got ${JSON.stringify(lens)} after in-place edits; the edits were undone and not sent`,
      { model: src.type, lengths: lens });
    src._trigger_change("data", bad, open.before);
    const report = (): never => {
      throw err;
    };
    if (open.doc !== null) open.doc._invoke(report, `${src.type}.data in-place edit`);
    else console.error(`[dash] ${src.type}.data in-place edit failed:`, err);
  }
}
