/**
 * The client's copy of the session document. Server patches are applied with origin
 * "server"; the batches they produce are not sent back. Only local changes (events
 * without an origin, i.e. made by the user or client code) go to the server.
 *
 * Patches that arrive before the document (a server may send PATCH-DOC before the
 * PULL-DOC-REPLY) are kept and applied after it, skipping those the document already
 * contains (by the {version} the Dash server puts in metadata).
 */
import { Document, encode_events, type BufferMap, type Buffers, type DocumentEvent, type Json } from "@dash/protocol";
import { PendingEdits } from "../sync/pending.ts";

export const SERVER_ORIGIN = "server";

export interface LocalPatch {
  readonly content: { events: Json[] };
  readonly buffers: Buffers;
  readonly events: readonly DocumentEvent[];
}

interface EarlyPatch {
  readonly content: unknown;
  readonly buffers: BufferMap;
  readonly version: number | undefined;
}

export class Replica {
  private _document: Document | null = null;
  /** Last server version this replica contains (null: unknown / not a Dash server). */
  server_version: number | null = null;
  /** Which server document incarnation server_version counts in (resume needs the same one). */
  epoch: string | null = null;
  /** Local edits sent and not yet acknowledged (server changes they supersede are skipped). */
  readonly pending = new PendingEdits();
  /** A server column change raced one of ours: pull again once ours are settled. */
  needs_resync = false;
  private early: EarlyPatch[] = [];
  private unsubscribe: (() => void) | null = null;
  private readonly replaced_listeners = new Set<(doc: Document) => void>();

  constructor(private readonly send_local: (patch: LocalPatch) => void) {}

  get document(): Document | null {
    return this._document;
  }

  on_replaced(cb: (doc: Document) => void): () => void {
    this.replaced_listeners.add(cb);
    return () => this.replaced_listeners.delete(cb);
  }

  /** Push mode: our own document becomes the replica (its unflushed changes are part of what is pushed). */
  adopt(doc: Document): void {
    doc.flush();
    this.attach(doc);
  }

  /** The whole document from the server (pull reply, or resync after falling behind). */
  load(json: unknown, buffers: BufferMap, version: number | undefined, epoch?: string): void {
    this.pending.clear();
    this.needs_resync = false;
    if (epoch !== undefined) this.epoch = epoch;
    if (this._document === null) {
      this.attach(Document.from_json(json, buffers));
    } else {
      this._document.replace_with_json(json, buffers);
      for (const cb of this.replaced_listeners) cb(this._document);
    }
    this.server_version = version ?? null;
    const early = this.early;
    this.early = [];
    for (const p of early) this.apply_patch(p.content, p.buffers, p.version);
  }

  /** A PATCH-DOC from the server; throws what apply_events throws (the document is then unchanged). */
  apply_patch(content: unknown, buffers: BufferMap, version: number | undefined): void {
    if (this._document === null) {
      this.early.push({ content, buffers, version });
      return;
    }
    if (version !== undefined && this.server_version !== null && version <= this.server_version) return;
    const events = (content as { events?: unknown }).events;
    if (Array.isArray(events) && this.pending.size > 0) {
      const f = this.pending.filter(events);
      if (f.conflict) this.needs_resync = true;
      content = { ...(content as object), events: f.events };
    }
    this._document.apply_events(content, buffers, SERVER_ORIGIN);
    if (version !== undefined) this.server_version = version;
  }

  /** The server applied our patch into `version`. */
  acknowledged(version: number | undefined, rest = false): void {
    // The OK for batch v arrives before the rest of batch v (what server callbacks changed
    // in reaction); when there is such a rest, only v - 1 is complete here.
    if (version === undefined) return;
    const complete = rest ? version - 1 : version;
    if (this.server_version === null || complete > this.server_version) this.server_version = complete;
  }

  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
  }

  private attach(doc: Document): void {
    this.detach();
    this._document = doc;
    this.unsubscribe = doc.on_batch((batch) => {
      const events = batch.events.filter((e) => e.origin === undefined);
      if (events.length === 0) return;
      const { json, buffers } = encode_events(events, { binary: true, known: (m) => !batch.new_models.has(m) });
      this.send_local({ content: json, buffers, events });
    });
  }
}
