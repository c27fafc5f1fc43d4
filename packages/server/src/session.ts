/**
 * A session: one id, one document, its callbacks (under the document lock) and zero or
 * more connections. Every batch the document flushes goes to the connections that have
 * pulled it (fan-out with the echo rule); client requests that touch the document run
 * under the lock.
 */
import {
  DashError,
  Document,
  ErrorCode,
  MsgType,
  create_message,
  prepare_message,
  type BufferMap,
  type DocContent,
  type DocJson,
  type Model,
  type PreparedMessage,
  type DocumentMeta,
  type PatchOkMeta,
  type ResumedMeta,
  type BatchMeta,
  read_pull_request_meta,
  encode_events,
  type DocumentEvent,
} from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { AppModule, RequestInfo, SessionContext } from "./app.ts";
import { FaultLog, run_as_app, type AppScope as FaultScope } from "./app_faults.ts";
import { ServerCallbackHost, real_clock } from "./callback_host.ts";
import type { ServerConnection } from "./connection.ts";
import { fan_out, origins_of, prepare_patch, subset_for, type FanoutBatch } from "./fanout.ts";
import { BatchLog, prepared_bytes } from "./batch_log.ts";
import { random_hex } from "./random_pool.ts";
import { DocumentLock } from "./lock.ts";
import { WritePolicy } from "./write_policy.ts";
import { SessionPeer } from "./peer.ts";
import { PlainSync, key_of_event, keys_of_patch, split_key, type SyncKey } from "./plain_sync.ts";
import { LocalSequencer, type AppScope, type HookName, type PatchReply, type SequencedSession, type Sequencer } from "./sequencer.ts";

export type { AppScope, PatchReply } from "./sequencer.ts";

export interface SessionOptions {
  readonly id: string;
  readonly app_name: string;
  readonly request: RequestInfo;
  readonly log: FastifyBaseLogger;
  /** How far back a reconnecting client can resume (batches, bytes). */
  readonly resume_log?: { readonly max_batches: number; readonly max_bytes: number };
  /** Bound on decoded bytes in a client's patch or pushed document. */
  readonly max_decoded_bytes?: number;
}

/** How long viewer-count changes are gathered before clients are told. */
const VIEWERS_COALESCE_MS = 100;

/** Per client, the versions its recent patches went into (so a resent patch is not applied twice). */
const APPLIED_PER_CLIENT = 256;

export class ServerSession implements SequencedSession {
  readonly id: string;
  readonly app_name: string;
  private _document: Document;
  readonly lock = new DocumentLock();
  readonly host: ServerCallbackHost;
  readonly log: FastifyBaseLogger;
  readonly context: SessionContext;
  private readonly max_decoded_bytes: number | undefined;
  private readonly faults: FaultLog;
  /** App code of this session runs in this scope, so faults it leaves behind are attributed here. */
  readonly fault_scope: FaultScope;
  /** The session's record of each connection (its sync state). */
  private readonly peers = new Map<ServerConnection, SessionPeer>();
  private unsubscribe_batches: () => void;
  private _destroyed = false;
  /** When the last connection left (or the session was created), for unused-session cleanup. */
  last_unsubscribed = Date.now();
  /** Batches serialized (shared form + per-origin subsets), for stats. */
  serializations = 0;
  /** Identifies this document incarnation: versions of another one (e.g. before a restart) don't resume. */
  epoch = random_hex(6);
  readonly log_of_batches: BatchLog;
  private readonly applied = new Map<string, Map<string, number>>();
  private app: AppModule | null = null;
  /** What clients may change (the app's `client_writes`). */
  private policy = new WritePolicy();
  /** Clients whose refused writes were logged (once per client, not per message). */
  private readonly refusals_logged = new Set<string>();
  private viewers_timer: ReturnType<typeof setTimeout> | null = null;
  private remote_viewers = 0;
  /** Named/shared documents live while the server runs. */
  persistent = false;
  /** Orders the document's changes: LocalSequencer, or a RedisSequencer set by `--redis` hosting. */
  sequencer: Sequencer = new LocalSequencer(this);
  /** The app is building the initial document (see initialize). */
  private building = false;

  constructor(opts: SessionOptions) {
    this.id = opts.id;
    this.app_name = opts.app_name;
    // `log` is the app's logger (it carries `app` already): adding it again printed it twice.
    this.log = opts.log.child({ session: opts.id });
    this.max_decoded_bytes = opts.max_decoded_bytes;
    // Callback errors and faults the app leaves behind (see app_faults.ts) share one rate-limited log.
    this.faults = new FaultLog(this.log, `app '${this.app_name}', session ${this.id}`);
    this.fault_scope = { app: this.app_name, session: this.id, report: (err, where) => this.faults.report(err, where) };
    this.host = new ServerCallbackHost(this.lock, (err, where) => this.faults.report(err, where), real_clock, this.fault_scope);
    this._document = this.new_document();
    this.log_of_batches = new BatchLog(opts.resume_log ?? { max_batches: 1000, max_bytes: 16 * 1024 * 1024 });
    this.unsubscribe_batches = this._document.on_batch((batch) => this.broadcast(batch));
    const self = this;
    this.context = {
      id: opts.id,
      app_name: opts.app_name,
      request: opts.request,
      get document() {
        return self.document;
      },
      get destroyed() {
        return self._destroyed;
      },
      get connection_count() {
        return self.viewer_count;
      },
    };
  }

  get document(): Document {
    return this._document;
  }
  get destroyed(): boolean {
    return this._destroyed;
  }

  private new_document(): Document {
    return new Document({ host: this.host, scheduler: (flush) => void setImmediate(flush), max_decoded_bytes: this.max_decoded_bytes });
  }
  get connection_count(): number {
    return this.peers.size;
  }
  get connection_list(): readonly ServerConnection[] {
    return [...this.peers.keys()];
  }
  /** The connection speaking for this client (its client_id), if it is here. */
  connection_for(client_id: string): ServerConnection | undefined {
    for (const p of this.peers.values()) if (p.origin === client_id) return p.conn;
    return undefined;
  }
  /** The session's record of a connection (tests, stats). */
  peer_of(conn: ServerConnection): SessionPeer | undefined {
    return this.peers.get(conn);
  }

  /** Run on_session_created, then the app function, under the lock. */
  async initialize(app: AppModule, scope: AppScope = (run) => run()): Promise<void> {
    this.set_app(app);
    // Whatever the app made is the initial state: clients get it by pulling. No client can
    // hold an earlier version, so its batches are neither serialized nor kept for resume.
    this.building = true;
    try {
      await this.lock.run(() => run_as_app(this.fault_scope, () => scope(() => this.run_app(app))));
      this.document.flush();
    } finally {
      this.building = false;
    }
  }

  /** The app this session runs (its hooks and its client write policy). */
  set_app(app: AppModule): void {
    this.app = app;
    this.policy = new WritePolicy(app.client_writes);
  }

  private async run_app(app: AppModule): Promise<void> {
    if (app.on_session_created) await app.on_session_created(this.context);
    await app.default(this.document, this.context);
  }

  /**
   * Under the lock: this process takes over ordering a document it holds as a replica. The
   * app runs again on a fresh document (attaching its callbacks; `scope` gives its models
   * the ids the first run gave them), then the replica's content replaces that document's,
   * keeping the models the callbacks hold. Nothing is broadcast.
   */
  async rebuild(app: AppModule, scope: AppScope): Promise<void> {
    this.set_app(app);
    const old = this._document;
    if (old.pending.length > 0) old.flush();
    const { json, buffers } = old.to_json({ binary: true });
    this.unsubscribe_batches();
    const fresh = this.new_document();
    this._document = fresh;
    try {
      await run_as_app(this.fault_scope, () => scope(() => this.run_app(app)));
    } finally {
      fresh.replace_with_json(json, new Map(buffers), old.version);
      this.unsubscribe_batches = fresh.on_batch((batch) => this.broadcast(batch));
    }
  }

  subscribe(conn: ServerConnection): void {
    if (!this.peers.has(conn)) this.peers.set(conn, new SessionPeer(conn));
  }

  unsubscribe(conn: ServerConnection): void {
    const p = this.peers.get(conn);
    if (p === undefined) return;
    this.peers.delete(conn);
    p.plain?.close();
    if (this.peers.size === 0) this.last_unsubscribed = Date.now();
    if (p.joined && !this._destroyed) {
      p.joined = false;
      this.viewers_changed();
      this.sequencer.connection_hook("on_connection_destroyed", conn.id, p.origin);
    }
  }

  private peer(conn: ServerConnection): SessionPeer {
    let p = this.peers.get(conn);
    if (p === undefined) this.peers.set(conn, (p = new SessionPeer(conn)));
    return p;
  }

  /** Connections here that have pulled (or resumed) the document. */
  get local_viewer_count(): number {
    let n = 0;
    for (const p of this.peers.values()) if (p.joined) n++;
    return n;
  }

  /** Viewers of the document: here, plus those on other processes (with a broker). */
  get viewer_count(): number {
    return this.local_viewer_count + this.remote_viewers;
  }

  /** With a broker: how many viewers other processes have. */
  set_remote_viewers(n: number): void {
    if (n === this.remote_viewers) return;
    this.remote_viewers = n;
    this.viewers_changed();
  }

  private joined(p: SessionPeer): void {
    if (p.joined) return;
    p.joined = true;
    this.viewers_changed();
    this.sequencer.connection_hook("on_connection_created", p.conn.id, p.origin);
  }

  /**
   * Tell viewers how many there are: an unversioned, empty PATCH-DOC with {viewers} in its
   * metadata, only to clients that asked for it (PULL-DOC-REQ metadata `viewers: true`).
   */
  private viewers_changed(): void {
    // Coalesced: when a thousand viewers join or leave at once (a reconnect storm), one
    // message per viewer goes out, not one per viewer per change.
    if (this.viewers_timer !== null) return;
    this.viewers_timer = setTimeout(() => {
      this.viewers_timer = null;
      if (this._destroyed) return;
      const metadata: BatchMeta = { viewers: this.viewer_count };
      const msg = prepare_message(MsgType.PATCH_DOC, { events: [] }, { metadata });
      for (const p of this.peers.values()) if (p.joined && p.wants_viewers) p.conn.send_prepared(msg);
    }, VIEWERS_COALESCE_MS);
  }

  /** The app's connection hook, where the app runs (the sequencer decides which process that is). */
  run_connection_hook(name: HookName, conn_id: string, client_id: string): void {
    const hook = this.app?.[name];
    if (hook === undefined || this._destroyed) return;
    const ctx = { id: conn_id, client_id, session: this.context };
    this.host.invoke(() => hook(ctx), `${name}`);
  }

  applied_version(origin: string, msgid: string): number | undefined {
    return this.applied.get(origin)?.get(msgid);
  }

  /** Recent (client, msgid, version) of applied patches, newest last, at most `max`. */
  applied_list(max: number): Array<[string, string, number]> {
    const out: Array<[string, string, number]> = [];
    for (const [origin, m] of this.applied) for (const [msgid, v] of m) out.push([origin, msgid, v]);
    out.sort((a, b) => a[2] - b[2]);
    return out.slice(-max);
  }

  remember_applied(origin: string, msgid: string, version: number): void {
    let m = this.applied.get(origin);
    if (m === undefined) this.applied.set(origin, (m = new Map()));
    m.set(msgid, version);
    if (m.size > APPLIED_PER_CLIENT) m.delete(m.keys().next().value as string);
  }

  private broadcast(batch: FanoutBatch): void {
    if (this.building) return;
    this.sequencer.batch(batch);
  }

  /** Log a batch and send it to the connections that have not got it (`full`: the whole batch, serialized). */
  deliver(batch: FanoutBatch, full: PreparedMessage): void {
    if (this._destroyed) return;
    this.serializations++;
    const targets = this.targets_for(batch);
    try {
      this.log_of_batches.add({ version: batch.version, full, origins: origins_of(batch), bytes: prepared_bytes(full), subset: (o) => subset_for(batch, o) });
      if (targets.length === 0) return;
      // `full` is already counted; fan_out counts the per-origin subsets it serializes.
      this.serializations += fan_out(batch, targets, full);
      if (targets.some((p) => p.plain !== null)) {
        if (batch.events.some(changes_references)) this.policy.references_changed();
        const keys = this.writable_keys(batch.events);
        // A peer is sent the events of other origins only.
        if (keys.length > 0) for (const p of targets) if (p.plain !== null) p.plain.sent(keys.filter((k) => k.origin !== p.origin).map((k) => k.key));
      }
    } catch (e) {
      this.log.error({ err: e, version: batch.version }, "cannot serialize a document batch; resynchronising connections");
      for (const p of targets) p.conn.request_resync();
    }
  }

  private targets_for(batch: FanoutBatch): SessionPeer[] {
    return [...this.peers.values()].filter((p) => p.pulled_version !== null && p.pulled_version < batch.version && !p.conn.resync_pending);
  }

  serialize_and_deliver(batch: FanoutBatch): void {
    let full: PreparedMessage;
    try {
      // Every batch is serialized once, for the connections and for the resume log.
      full = prepare_patch(batch, batch.events);
    } catch (e) {
      this.log.error({ err: e, version: batch.version }, "cannot serialize a document batch; resynchronising connections");
      this.resync_all();
      return;
    }
    this.deliver(batch, full);
  }

  /** Every connection that has the document gets it again, whole (a replica reloaded, a batch failed to serialize). */
  resync_all(): void {
    for (const p of this.peers.values()) if (p.pulled_version !== null) p.conn.request_resync();
  }

  /** The current document as a PULL-DOC-REPLY to `reqid`. */
  private send_document(p: SessionPeer, reqid: string, extra: Omit<DocumentMeta, "version"> = {}): void {
    p.conn.send_prepared(this.document_message(p, extra), reqid);
  }

  /** The current document as a PULL-DOC-REPLY for `p`; `p` has it from now on. */
  private document_message(p: SessionPeer, extra: Omit<DocumentMeta, "version">): PreparedMessage {
    if (this.document.pending.length > 0) this.document.flush();
    const version = this.document.version;
    const { json, buffers } = this.document.to_json(p.conn.binary_pull ? { binary: true } : { plain_base64: true });
    const content: DocContent = { doc: json as unknown as DocContent["doc"] };
    const metadata: DocumentMeta = { version, ...extra };
    p.pulled_version = version;
    return prepare_message(MsgType.PULL_DOC_REPLY, content, { metadata, buffers: new Map(buffers) });
  }

  /**
   * PULL-DOC-REQ. A Dash client that reconnects says which version it has (`since`, with the
   * `epoch` of the document it came from) and which of its patches were in flight; when the
   * log reaches back, it gets only the batches it missed and then OK {resumed: true};
   * otherwise the whole document. Either way the reply lists which in-flight patches were
   * applied, so the client neither loses nor doubles them.
   */
  pull(conn: ServerConnection, reqid: string, metadata: Record<string, unknown>): Promise<void> {
    let m;
    try {
      m = read_pull_request_meta(metadata);
    } catch (e) {
      this.reply_error(conn, reqid, e, "PULL-DOC-REQ");
      return Promise.resolve();
    }
    const p = this.peer(conn);
    if (m.resync === true) conn.can_resync = true;
    if (m.viewers === true) p.wants_viewers = true;
    if (m.client_id !== undefined) {
      p.origin = m.client_id;
      p.speaks_dash = true;
      p.plain?.close();
      p.plain = null;
    } else if (p.plain === null) {
      const plain = new PlainSync({ probe: (payload) => conn.probe(payload) }, (keys) => this.correct(p, keys));
      p.plain = plain;
      conn.on_pong = (payload) => plain.pong(payload);
    }
    const inflight = m.inflight ?? [];
    // With a broker, patches this client sent to any process are ordered first, and what is applied is durable.
    return this.sequencer.before_pull(p.origin, inflight).then(() => this.lock.run(async () => {
      await this.sequencer.drained();
      const d = this.document;
      if (d.pending.length > 0) d.flush();
      const applied = inflight.filter((id) => this.applied_version(p.origin, id) !== undefined);
      if (m.since !== undefined && m.epoch === this.epoch) {
        const missed = this.log_of_batches.since(m.since, d.version);
        if (missed !== null) {
          p.pulled_version = m.since;
          for (const b of missed) {
            const prepared = b.origins.has(p.origin) ? b.subset(p.origin) : b.full;
            if (prepared !== null) p.deliver_batch(b.version, prepared);
          }
          p.pulled_version = d.version;
          const ok: ResumedMeta = { version: d.version, epoch: this.epoch, resumed: true, missed: missed.length, applied };
          conn.send(create_message(MsgType.OK, {}, { reqid, metadata: ok }));
          this.joined(p);
          return;
        }
      }
      this.send_document(p, reqid, { epoch: this.epoch, applied });
      this.joined(p);
    }));
  }

  /** The connection asks (its queue drained after an overflow): a fresh document replaces what it missed. */
  resync(conn: ServerConnection): void {
    void this.lock.run(async () => {
      await this.sequencer.drained();
      const p = this.peers.get(conn);
      if (!conn.closed && p !== undefined) conn.send_fresh_document(this.document_message(p, { resync: true }));
    });
  }

  /**
   * PATCH-DOC from a client: applied atomically with origin = the client; OK carries the version.
   * Ordering contract (what client convergence relies on): earlier changes are flushed as
   * their own batch first, and the OK (with the version the patch went into) reaches the
   * client before anything of that batch or later ones. Everything a client receives
   * before its OK was ordered before its edit.
   */
  patch(conn: ServerConnection, reqid: string, content: unknown, buffers: BufferMap): Promise<void> {
    const p = this.peer(conn);
    const reply: PatchReply = {
      ok: (metadata) => {
        conn.send(create_message(MsgType.OK, {}, { reqid, metadata }));
        // A plain client's edit that may have crossed a change of the same attribute gets corrected.
        if (p.plain !== null && metadata.duplicate !== true) p.plain.applied(keys_of_patch(content));
      },
      error: (e) => this.reply_error(conn, reqid, e, "PATCH-DOC"),
    };
    return this.sequencer.patch(p.origin, reqid, content, buffers, reply);
  }

  /** Under the lock: a client's patch (from a connection here, or forwarded by another process) applied atomically. */
  apply_patch(origin: string, reqid: string, content: unknown, buffers: BufferMap, reply: PatchReply): void {
    const seq = this.sequencer;
    const again = this.applied_version(origin, reqid);
    if (again !== undefined) {
      // A patch resent after a reconnect that was already applied: acknowledge, don't repeat.
      const metadata: PatchOkMeta = { version: again, duplicate: true };
      seq.acknowledge(origin, reqid, metadata, false, () => reply.ok(metadata));
      return;
    }
    const d = this.document;
    if (d.pending.length > 0) d.flush();
    d.hold("collect");
    try {
      // Decoded and checked whole (values, then the write policy) before anything is applied.
      const decoded = d.decode_events(content, buffers);
      this.policy.check_patch(d, decoded);
      d.apply_decoded(decoded, origin);
    } catch (e) {
      d.unhold();
      seq.refuse(origin, reqid, e, () => reply.error(e));
      return;
    }
    const batch_follows = d.pending.length > 0;
    const version = batch_follows ? d.version + 1 : d.version;
    // `rest`: whether this client will also get part of that batch (server reactions).
    const rest = d.pending.some((e) => e.origin !== origin);
    this.remember_applied(origin, reqid, version);
    const metadata: PatchOkMeta = { version, rest };
    seq.acknowledge(origin, reqid, metadata, batch_follows, () => reply.ok(metadata));
    d.unhold();
  }

  /** The keys a batch sets that a client could also write (the others cannot cross a client's edit), with who set them. */
  private writable_keys(events: readonly DocumentEvent[]): Array<{ key: SyncKey; origin: string | undefined }> {
    const out: Array<{ key: SyncKey; origin: string | undefined }> = [];
    for (const e of events) {
      const key = key_of_event(e);
      if (key === null) continue;
      const writable = e.kind === "TitleChanged" ? this.policy.may_write(this.document, "title", "") : "model" in e && "attr" in e && this.policy.may_write(this.document, e.model, e.attr);
      if (writable) out.push({ key, origin: e.origin });
    }
    return out;
  }

  /**
   * A plain client may hold a value it lost to a concurrent edit: send it these keys' current
   * values (after everything already delivered to it), as an unversioned PATCH-DOC {correction}.
   */
  private correct(p: SessionPeer, keys: readonly SyncKey[]): void {
    void this.lock.run(async () => {
      await this.sequencer.drained();
      if (p.conn.closed || this._destroyed || p.pulled_version === null || p.plain === null) return;
      const d = this.document;
      const events: DocumentEvent[] = [];
      for (const k of keys) {
        const s = split_key(k);
        if (s === "title") {
          events.push({ kind: "TitleChanged", title: d.title });
          continue;
        }
        const model = d.get_model_by_id(s.model_id);
        if (model !== null) events.push({ kind: "ModelChanged", model, attr: s.attr, new: Reflect.get(model, s.attr) });
      }
      if (events.length === 0) return;
      try {
        const { json, buffers } = encode_events(events, { binary: true, known: () => true });
        const metadata: BatchMeta = { correction: true };
        p.conn.send_prepared(prepare_message(MsgType.PATCH_DOC, json, { metadata, buffers: new Map(buffers) }));
      } catch (e) {
        this.log.error({ err: e, conn: p.conn.id }, "cannot serialize a correction; resynchronising the connection");
        p.conn.request_resync();
        return;
      }
      p.plain.sent(keys);
    });
  }

  /** PUSH-DOC: the client's document replaces this one (as RootRemoved/RootAdded events for other connections). */
  push(conn: ServerConnection, reqid: string, doc: DocJson, buffers: BufferMap): Promise<void> {
    const p = this.peer(conn);
    if (!this.sequencer.orders) {
      // Whoever orders does it: the same change as one patch (roots out, title, roots in), answered with OK.
      return this.lock.run(() => {
        const d = this.document;
        const docj = doc as { roots?: unknown[]; title?: unknown };
        const events: unknown[] = d.roots.map((m) => ({ kind: "RootRemoved", model: { id: m.id } }));
        if (typeof docj.title === "string") events.push({ kind: "TitleChanged", title: docj.title });
        for (const m of docj.roots ?? []) events.push({ kind: "RootAdded", model: m });
        void this.patch(conn, reqid, { events }, buffers);
      });
    }
    return this.lock.run(() => {
      let roots: Model[];
      let title: string | undefined;
      try {
        this.policy.check_push();
        const incoming = Document.from_json(doc, buffers, { max_decoded_bytes: this.max_decoded_bytes });
        roots = [...incoming.roots];
        title = incoming.title;
        incoming.clear();
        incoming.flush(); // detaches its models so they may join this document
      } catch (e) {
        this.reply_error(conn, reqid, e, "PUSH-DOC");
        return;
      }
      const d = this.document;
      d.hold("collect");
      try {
        for (const r of [...d.roots]) d.remove_root(r, p.origin);
        if (title !== undefined) d.set_title(title, p.origin);
        for (const r of roots) d.add_root(r, p.origin);
      } finally {
        d.unhold();
      }
      const ok = (): void => {
        p.pulled_version = Math.max(p.pulled_version ?? 0, d.version);
        const metadata: PatchOkMeta = { version: d.version };
        conn.send(create_message(MsgType.OK, {}, { reqid, metadata }));
      };
      void this.sequencer.drained().then(ok);
    });
  }

  reply_error(conn: ServerConnection, reqid: string, e: unknown, what: string): void {
    if (e instanceof DashError && e.code === ErrorCode.WRITE_REFUSED) {
      // A client UI that keeps trying (or a hostile one) is logged once, not per message.
      const client = this.peers.get(conn)?.origin ?? conn.id;
      if (!this.refusals_logged.has(client)) {
        this.refusals_logged.add(client);
        this.log.warn({ conn: conn.id, client, code: e.code }, `${what} refused: ${e.message} (further refusals for this client are not logged)`);
      }
      conn.send_error(reqid, `${e.code}: ${e.message}`);
    } else if (e instanceof DashError) {
      // An expected refusal: a warning naming the code, without a stack.
      this.log.warn({ conn: conn.id, code: e.code }, `${what} refused: ${e.message}`);
      conn.send_error(reqid, `${e.code}: ${e.message}`);
    } else {
      this.log.error({ conn: conn.id, err: e }, `${what} failed`);
      conn.send_error(reqid, `${what} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  /** Stop callbacks, forget connections (closing them), detach from the document. */
  destroy(): void {
    if (this._destroyed) return;
    this._destroyed = true;
    this.host.dispose();
    this.faults.close();
    if (this.viewers_timer !== null) clearTimeout(this.viewers_timer);
    this.unsubscribe_batches();
    this.log_of_batches.clear();
    for (const [c, p] of this.peers) {
      p.plain?.close();
      c.close(1001, "session destroyed");
    }
    this.peers.clear();
  }
}

/** The keys of a batch's events a connection gets (not its own). */
/** Whether an event may change which models reference which (and so which sources are editable). */
function changes_references(e: DocumentEvent): boolean {
  if (e.kind === "RootAdded" || e.kind === "RootRemoved") return true;
  if (e.kind !== "ModelChanged") return false;
  return e.attr === "editable" || (e.model.constructor as typeof Model).get_property(e.attr)?.def.kind.refs === true;
}
