/**
 * The document: roots, title, the id -> model map, a version per applied batch, and
 * batching of events (one batch per event-loop turn or per hold).
 */
import { DashError, ErrorCode, ValidationError } from "../errors.ts";
import { Model, models_in } from "../core/model.ts";
import type { Batch, DocumentEvent } from "./events.ts";
import type { CallbackHost, CallbackId } from "./callbacks.ts";
import { DefaultCallbackHost } from "./callbacks.ts";
import { encode_document, type DocumentJson, type Encoded } from "../codec/serializer.ts";
import { Deserializer, type BufferMap } from "../codec/deserializer.ts";
import { is_plain_object } from "../core/kinds.ts";
import { apply_decoded, apply_patch, decode_patch, type DecodedPatch } from "./patch.ts";
import type { DeserializerOptions } from "../codec/deserializer.ts";
import { select_models, select_one_model, type Selector } from "./select.ts";
import type { Theme } from "./theme.ts";

export type HoldPolicy = "combine" | "collect";
export type BatchListener = (batch: Batch & { readonly new_models: ReadonlySet<Model> }) => void;
export type Scheduler = (flush: () => void) => void;

export interface DocumentOptions {
  /** How a flush is deferred to the end of the turn. Default: queueMicrotask. */
  readonly scheduler?: Scheduler;
  /** Who runs callbacks (the server installs one holding the document lock). */
  readonly host?: CallbackHost;
  /** Bound on decoded bytes in incoming patches and documents (a server sets its message cap). */
  readonly max_decoded_bytes?: number;
}

export class Document {
  private _title = "Bokeh Application";
  private _roots: Model[] = [];
  private readonly _models = new Map<string, Model>();
  private _version = 0;
  private _pending: DocumentEvent[] = [];
  private _new_models = new Set<Model>();
  private _hold: HoldPolicy | null = null;
  private _scheduled = false;
  private _refs_dirty = false;
  private readonly _listeners = new Set<BatchListener>();
  private readonly _message_cbs = new Map<string, Array<(data: unknown) => void>>();
  private readonly _scheduler: Scheduler;
  private _flush_hooks: Array<() => void> = [];
  host: CallbackHost;
  readonly max_decoded_bytes: number;

  constructor(opts: DocumentOptions = {}) {
    this.max_decoded_bytes = opts.max_decoded_bytes ?? Infinity;
    // A bare `queueMicrotask` reference called as a method throws "Illegal invocation" in browsers.
    this._scheduler = opts.scheduler ?? ((flush) => queueMicrotask(flush));
    this.host = opts.host ?? new DefaultCallbackHost();
  }

  get title(): string {
    return this._title;
  }
  set title(title: string) {
    if (typeof title !== "string") throw new ValidationError(ErrorCode.BAD_VALUE, `Document.title expected String, got ${typeof title}`);
    if (title === this._title) return;
    this._title = title;
    this._push({ kind: "TitleChanged", title });
  }
  /** Bokeh's spelling. */
  set_title(title: string, origin?: string): void {
    if (title === this._title) return;
    this._title = title;
    this._push({ kind: "TitleChanged", title, origin });
  }

  get version(): number {
    return this._version;
  }
  get roots(): readonly Model[] {
    return this._roots;
  }
  get models(): ReadonlyMap<string, Model> {
    return this._models;
  }
  get_model_by_id(id: string): Model | null {
    return this._models.get(id) ?? null;
  }
  get_model_by_name(name: string): Model | null {
    for (const m of this._models.values()) if (m._v.name === name) return m;
    return null;
  }
  /** Bokeh's `doc.select(selector)`: a model class, or `{type, name, tags, <attr>: value}`. */
  select<T extends Model = Model>(selector: Selector<T>): T[] {
    return select_models(this._models.values(), selector);
  }
  /** Bokeh's `doc.select_one(selector)`: the one match or null (several is an error). */
  select_one<T extends Model = Model>(selector: Selector<T>): T | null {
    return select_one_model(this._models.values(), selector);
  }

  add_root(model: Model, origin?: string): void {
    if (this._roots.includes(model)) return;
    this._attach_all(model.references());
    this._roots.push(model);
    this._push({ kind: "RootAdded", model, origin });
  }

  remove_root(model: Model, origin?: string): void {
    const i = this._roots.indexOf(model);
    if (i < 0) return;
    this._roots.splice(i, 1);
    this._refs_dirty = true;
    this._push({ kind: "RootRemoved", model, origin });
  }

  clear(): void {
    for (const root of [...this._roots]) this.remove_root(root);
  }

  // ---- JSON ------------------------------------------------------------------

  /** Bokeh 3 document JSON; typed arrays inline (base64, gzipped unless `plain_base64`) unless `binary`. */
  to_json(opts: { binary?: boolean; plain_base64?: boolean } = {}): Encoded<DocumentJson> {
    return encode_document(this, opts);
  }

  static from_json(json: unknown, buffers: BufferMap = new Map(), opts: DocumentOptions & { version?: number } = {}): Document {
    const doc = new Document(opts);
    doc.replace_with_json(json, buffers, opts.version);
    return doc;
  }

  /**
   * Swap the whole content for a peer's document JSON, without producing events. Models
   * that still exist (same id and type) are kept and updated in place, so code holding
   * them (views, a Node client's variables) keeps working after a resync.
   */
  replace_with_json(json: unknown, buffers: BufferMap = new Map(), version?: number): void {
    if (!is_plain_object(json) || !Array.isArray(json.roots)) {
      throw new DashError(ErrorCode.DESERIALIZE, "document JSON needs a roots array");
    }
    const old = new Map(this._models);
    const d = new Deserializer((id) => old.get(id), buffers, true, { max_decoded_bytes: this.max_decoded_bytes });
    // In place updates are applied after decoding, so decode the whole thing first.
    const roots = json.roots.map((r) => d.decode(r));
    for (const r of roots) if (!(r instanceof Model)) throw new DashError(ErrorCode.DESERIALIZE, "document roots must be models");
    for (const m of this._models.values()) m._document = null;
    this._models.clear();
    for (const [m, attrs] of d.updates) m._replace_attributes(attrs);
    this._roots = [];
    this._pending = [];
    this._new_models = new Set();
    for (const r of roots as Model[]) {
      this._attach_all(r.references());
      this._roots.push(r);
    }
    this._new_models.clear();
    if (typeof json.title === "string") this._title = json.title;
    if (version !== undefined) this._version = version;
  }

  /** Apply a peer's PATCH-DOC content atomically; returns the version it went into. */
  apply_events(content: unknown, buffers: BufferMap = new Map(), origin?: string, opts: DeserializerOptions = {}): number {
    return apply_patch(this, content, buffers, origin, opts);
  }

  /** Decode and validate a peer's PATCH-DOC content without applying it (see apply_decoded). */
  decode_events(content: unknown, buffers: BufferMap = new Map(), opts: DeserializerOptions = {}): DecodedPatch {
    return decode_patch(this, content, buffers, opts);
  }

  /** Apply what decode_events returned, in one batch; returns the version it went into. */
  apply_decoded(patch: DecodedPatch, origin?: string): number {
    return apply_decoded(this, patch, origin);
  }

  // ---- batching ---------------------------------------------------------------

  hold(policy: HoldPolicy = "combine"): void {
    if (this._hold === null) this._hold = policy;
  }

  unhold(): void {
    if (this._hold === null) return;
    this._hold = null;
    if (this._pending.length > 0) this.flush();
  }

  get holding(): HoldPolicy | null {
    return this._hold;
  }

  /** Subscribe to batches; returns the unsubscribe function. */
  on_batch(listener: BatchListener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  /** Bokeh's `on_message(msg_type, cb)` for MessageSent events from peers. */
  on_message(msg_type: string, cb: (data: unknown) => void): void {
    const list = this._message_cbs.get(msg_type) ?? [];
    list.push(cb);
    this._message_cbs.set(msg_type, list);
  }

  /** Send a MessageSent event to peers. */
  send_message(msg_type: string, msg_data: unknown): void {
    this._push({ kind: "MessageSent", msg_type, msg_data });
  }

  /** @internal */
  _receive_message(msg_type: string, msg_data: unknown): void {
    for (const cb of this._message_cbs.get(msg_type) ?? []) this._invoke(() => cb(msg_data), `on_message('${msg_type}')`);
  }

  /** @internal every change becomes exactly one event */
  _push(event: DocumentEvent): void {
    if (this._hold === "combine" && event.kind === "ModelChanged") {
      // Last write wins for the same model and attribute within a combining hold.
      const i = this._pending.findIndex((e) => e.kind === "ModelChanged" && e.model === event.model && e.attr === event.attr);
      if (i >= 0) this._pending.splice(i, 1);
    }
    this._pending.push(event);
    if (this._hold === null && !this._scheduled) {
      this._scheduled = true;
      this._scheduler(() => {
        this._scheduled = false;
        if (this._hold === null) this.flush();
      });
    }
  }

  /** Close the current batch now: bump the version and hand it to listeners. */
  flush(): Batch | null {
    if (this._flush_hooks.length > 0) {
      const hooks = this._flush_hooks;
      this._flush_hooks = [];
      for (const hook of hooks) hook();
    }
    if (this._pending.length === 0) return null;
    if (this._refs_dirty) this._collect_garbage();
    const batch = { version: ++this._version, events: this._pending, new_models: this._new_models };
    this._pending = [];
    this._new_models = new Set();
    for (const listener of this._listeners) {
      try {
        listener(batch);
      } catch (e) {
        console.error("[dash] batch listener failed:", e);
      }
    }
    return batch;
  }

  /** @internal run `hook` once when the current batch closes, before it is handed out (in-place data edits check lengths). */
  _before_flush(hook: () => void): void {
    this._flush_hooks.push(hook);
  }

  /** @internal take back an event not yet flushed (an in-place data edit that was undone). */
  _retract(event: DocumentEvent): void {
    const i = this._pending.indexOf(event);
    if (i >= 0) this._pending.splice(i, 1);
  }

  /** Events not yet flushed (for tests and for resync decisions). */
  get pending(): readonly DocumentEvent[] {
    return this._pending;
  }

  // ---- references -------------------------------------------------------------

  /** @internal check before a value is stored that its models may join this document. */
  _check_attachable(value: unknown): void {
    for (const m of models_in(value)) {
      for (const r of m.references()) {
        if (r._document !== null && r._document !== this) {
          throw new DashError(ErrorCode.MODEL_IN_OTHER_DOCUMENT, `${r} already belongs to another document`, { id: r.id });
        }
      }
    }
  }

  private _attach_all(models: Iterable<Model>): void {
    const list = [...models];
    for (const m of list) {
      if (m._document !== null && m._document !== this) {
        throw new DashError(ErrorCode.MODEL_IN_OTHER_DOCUMENT, `${m} already belongs to another document`, { id: m.id });
      }
    }
    for (const m of list) {
      if (m._document === this) continue;
      m._document = this;
      this._models.set(m.id, m);
      this._new_models.add(m);
      this._theme?.apply_to_model(m, { silent: true }); // a new model: its themed values travel with it
    }
  }

  private _theme: Theme | null = null;
  /** Bokeh's `doc.theme`: themed values replace the defaults of every model's unset attributes (see Theme). */
  get theme(): Theme | null {
    return this._theme;
  }
  set theme(theme: Theme | null) {
    this._theme = theme;
    if (theme !== null) for (const m of this._models.values()) theme.apply_to_model(m);
  }

  /** @internal attach models created from a peer's patch (they arrive already known to that peer). */
  _attach_from_peer(models: Iterable<Model>): void {
    this._attach_all(models);
  }

  /** Models no longer reachable from a root leave the document. */
  private _collect_garbage(): void {
    this._refs_dirty = false;
    const live = new Set<Model>();
    for (const root of this._roots) for (const m of root.references()) live.add(m);
    for (const [id, m] of this._models) {
      if (!live.has(m)) {
        this._models.delete(id);
        m._document = null;
        this._new_models.delete(m);
      }
    }
  }

  /** @internal called by Model.setv after a value is stored. */
  _model_changed(model: Model, attr: string, _old: unknown, value: unknown, origin?: string): void {
    const spec = (model.constructor as typeof Model).get_property(attr);
    if (spec?.def.kind.refs) {
      const added: Model[] = [];
      for (const m of models_in(value)) if (m._document !== this) for (const r of m.references()) added.push(r);
      if (added.length > 0) this._attach_all(added);
      this._refs_dirty = true;
    }
    this._push({ kind: "ModelChanged", model, attr, new: value, origin });
  }

  // ---- callbacks ----------------------------------------------------------------

  /** @internal run app code through the host (lock, error reporting). */
  _invoke(fn: () => unknown, where: string): void {
    this.host.invoke(fn, where);
  }

  add_periodic_callback(callback: () => unknown, period_ms: number): CallbackId {
    return this.host.add_periodic_callback(callback, period_ms);
  }
  add_timeout_callback(callback: () => unknown, timeout_ms: number): CallbackId {
    return this.host.add_timeout_callback(callback, timeout_ms);
  }
  add_next_tick_callback(callback: () => unknown): CallbackId {
    return this.host.add_next_tick_callback(callback);
  }
  remove_periodic_callback(id: CallbackId): void {
    this.host.remove_callback(id);
  }
  remove_timeout_callback(id: CallbackId): void {
    this.host.remove_callback(id);
  }
  remove_next_tick_callback(id: CallbackId): void {
    this.host.remove_callback(id);
  }
}
