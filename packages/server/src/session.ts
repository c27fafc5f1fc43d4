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
} from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { AppModule, RequestInfo, SessionContext } from "./app.ts";
import { FaultLog, run_as_app, type AppScope as FaultScope } from "./app_faults.ts";
import { ServerCallbackHost, real_clock } from "./callback_host.ts";
import type { ServerConnection } from "./connection.ts";
import { fan_out, origins_of, prepare_patch, subset_for, type FanoutBatch } from "./fanout.ts";
import { BatchLog, prepared_bytes } from "./batch_log.ts";
import { randomBytes } from "node:crypto";
import { DocumentLock } from "./lock.ts";
import { WritePolicy } from "./write_policy.ts";

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

/** How the answer to a client's patch reaches it (a local connection, or nobody here when another process forwarded it). */
export interface PatchReply {
  ok(metadata: Record<string, unknown>): void;
  error(e: unknown): void;
}

/** Runs the app (on_session_created and the app function), e.g. with deterministic model ids. */
export type AppScope = (run: () => Promise<void>) => Promise<void>;

/**
 * Several processes share this document through a broker (`--redis`). The leader orders
 * changes exactly as a single process does, but a batch reaches connections (and a patch
 * its OK) only once it is in the broker; a follower forwards patches to the leader and
 * applies the broker's batches in order. Absent (null) in single-process mode.
 */
export interface Replication {
  readonly leader: boolean;
  /** Leader: a flushed batch; publish it, then deliver it (session.deliver). */
  on_batch(batch: FanoutBatch): void;
  /** Leader: a patch was applied into `metadata.version` (a batch follows when `batch_follows`); `send` once it is durable. */
  ack(origin: string, msgid: string, metadata: Record<string, unknown>, batch_follows: boolean, send: () => void): void;
  /** Leader: a patch was refused; `send` the error in order. */
  refuse(origin: string, msgid: string, e: unknown, send: () => void): void;
  /** Follower: hand a client's patch to the leader; `reply` answers it once ordered. */
  forward(origin: string, msgid: string, content: unknown, buffers: BufferMap, reply: PatchReply): void;
  /** Before a pull: patches this client may have in flight anywhere have been ordered (resolves outside the lock). */
  before_pull(origin: string, inflight: readonly string[]): Promise<void>;
  /** Everything applied so far is durable and delivered. */
  drained(): Promise<void>;
  /** A connection here joined or left: count it everywhere; the leader runs the app's hook. */
  connection_hook(name: "on_connection_created" | "on_connection_destroyed", conn_id: string, client_id: string): void;
}


export class ServerSession {
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
  private readonly connections = new Set<ServerConnection>();
  private unsubscribe_batches: () => void;
  private _destroyed = false;
  /** When the last connection left (or the session was created), for unused-session cleanup. */
  last_unsubscribed = Date.now();
  /** Batches serialized (shared form + per-origin subsets), for stats. */
  serializations = 0;
  /** Identifies this document incarnation: versions of another one (e.g. before a restart) don't resume. */
  epoch = randomBytes(6).toString("hex");
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
  /** Set by `--redis` mode (see Replication); null in single-process mode. */
  replication: Replication | null = null;
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
    return this.connections.size;
  }
  get connection_list(): readonly ServerConnection[] {
    return [...this.connections];
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
    this.connections.add(conn);
  }

  unsubscribe(conn: ServerConnection): void {
    if (!this.connections.delete(conn)) return;
    if (this.connections.size === 0) this.last_unsubscribed = Date.now();
    if (conn.joined && !this._destroyed) {
      conn.joined = false;
      this.viewers_changed();
      this.connection_hook("on_connection_destroyed", conn);
    }
  }

  /** Connections here that have pulled (or resumed) the document. */
  get local_viewer_count(): number {
    let n = 0;
    for (const c of this.connections) if (c.joined) n++;
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

  private joined(conn: ServerConnection): void {
    if (conn.joined) return;
    conn.joined = true;
    this.viewers_changed();
    this.connection_hook("on_connection_created", conn);
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
      const count = this.viewer_count;
      const msg = prepare_message(MsgType.PATCH_DOC, { events: [] }, { metadata: { viewers: count } });
      for (const c of this.connections) if (c.joined && c.wants_viewers) c.send_prepared(msg);
    }, VIEWERS_COALESCE_MS);
  }

  /** A join or leave here: the app's hook runs where the app runs (the leader, with a broker). */
  private connection_hook(name: "on_connection_created" | "on_connection_destroyed", conn: ServerConnection): void {
    const r = this.replication;
    if (r !== null) r.connection_hook(name, conn.id, conn.origin);
    else this.run_connection_hook(name, conn.id, conn.origin);
  }

  run_connection_hook(name: "on_connection_created" | "on_connection_destroyed", conn_id: string, client_id: string): void {
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
    if (this.replication?.leader === true) {
      this.replication.on_batch(batch);
      return;
    }
    let full: PreparedMessage;
    try {
      // Every batch is serialized once, for the connections and for the resume log.
      full = prepare_patch(batch, batch.events);
      this.serializations++;
    } catch (e) {
      this.serialize_failed(batch, e);
      return;
    }
    this.deliver(batch, full);
  }

  /** Log a batch and send it to the connections that have not got it (`full`: the whole batch, serialized). */
  deliver(batch: FanoutBatch, full: PreparedMessage): void {
    if (this._destroyed) return;
    const targets = this.targets_for(batch);
    try {
      this.log_of_batches.add({ version: batch.version, full, origins: origins_of(batch), bytes: prepared_bytes(full), subset: (o) => subset_for(batch, o) });
      if (targets.length === 0) return;
      this.serializations += fan_out(batch, targets, full);
    } catch (e) {
      this.serialize_failed(batch, e, targets);
    }
  }

  private targets_for(batch: FanoutBatch): ServerConnection[] {
    return [...this.connections].filter((c) => c.pulled_version !== null && c.pulled_version < batch.version && !c.resync_pending);
  }

  private serialize_failed(batch: FanoutBatch, e: unknown, targets = this.targets_for(batch)): void {
    this.log.error({ err: e, version: batch.version }, "cannot serialize a document batch; resynchronising connections");
    for (const c of targets) this.send_document(c, undefined, { resync: true });
  }

  /** The current document as a PULL-DOC-REPLY (reply to `reqid`, or unsolicited for a resync). */
  private send_document(conn: ServerConnection, reqid: string | undefined, extra: Record<string, unknown> = {}): void {
    if (this.document.pending.length > 0) this.document.flush();
    const version = this.document.version;
    const { json, buffers } = this.document.to_json(conn.binary_pull ? { binary: true } : { plain_base64: true });
    const content: DocContent = { doc: json as unknown as DocContent["doc"] };
    const prepared = prepare_message(MsgType.PULL_DOC_REPLY, content, { metadata: { version, ...extra }, buffers: new Map(buffers) });
    conn.send_prepared(prepared, reqid);
    conn.pulled_version = version;
  }

  /**
   * PULL-DOC-REQ. A Dash client that reconnects says which version it has (`since`, with the
   * `epoch` of the document it came from) and which of its patches were in flight; when the
   * log reaches back, it gets only the batches it missed and then OK {resumed: true};
   * otherwise the whole document. Either way the reply lists which in-flight patches were
   * applied, so the client neither loses nor doubles them.
   */
  pull(conn: ServerConnection, reqid: string, metadata: Record<string, unknown>): Promise<void> {
    if (metadata.resync === true) conn.can_resync = true;
    if (metadata.viewers === true) conn.wants_viewers = true;
    const client_id = metadata.client_id;
    if (typeof client_id === "string" && client_id.length > 0 && client_id.length <= 64) conn.origin = client_id;
    const inflight = Array.isArray(metadata.inflight) ? metadata.inflight.filter((x): x is string => typeof x === "string") : [];
    const r = this.replication;
    // With a broker, patches this client sent to any process are ordered first, and what is applied is durable.
    const ready = r === null ? Promise.resolve() : r.before_pull(conn.origin, inflight);
    return ready.then(() => this.lock.run(async () => {
      if (r !== null) await r.drained();
      const d = this.document;
      if (d.pending.length > 0) d.flush();
      const applied = inflight.filter((id) => this.applied_version(conn.origin, id) !== undefined);
      const since = metadata.since;
      if (typeof since === "number" && metadata.epoch === this.epoch) {
        const missed = this.log_of_batches.since(since, d.version);
        if (missed !== null) {
          conn.pulled_version = since;
          for (const b of missed) {
            const p = b.origins.has(conn.origin) ? b.subset(conn.origin) : b.full;
            if (p !== null) conn.deliver_batch(b.version, p);
          }
          conn.pulled_version = d.version;
          conn.send(create_message(MsgType.OK, {}, { reqid, metadata: { version: d.version, epoch: this.epoch, resumed: true, missed: missed.length, applied } }));
          this.joined(conn);
          return;
        }
      }
      this.send_document(conn, reqid, { epoch: this.epoch, applied });
      this.joined(conn);
    }));
  }

  /** After a send-queue overflow: a fresh document replaces what the connection missed. */
  resync(conn: ServerConnection): void {
    void this.lock.run(async () => {
      await this.replication?.drained();
      if (!conn.closed) this.send_document(conn, undefined, { resync: true });
    });
  }

  /** PATCH-DOC from a client: applied atomically with origin = the connection; OK carries the version. */
  /**
   * Ordering contract (what client convergence relies on): earlier changes are flushed as
   * their own batch first, and the OK (with the version the patch went into) reaches the
   * client before anything of that batch or later ones. Everything a client receives
   * before its OK was ordered before its edit.
   */
  patch(conn: ServerConnection, reqid: string, content: unknown, buffers: BufferMap): Promise<void> {
    const reply: PatchReply = {
      ok: (metadata) => conn.send(create_message(MsgType.OK, {}, { reqid, metadata })),
      error: (e) => this.reply_error(conn, reqid, e, "PATCH-DOC"),
    };
    const r = this.replication;
    if (r !== null && !r.leader) {
      // Ordered by the leader; its OK comes back through the broker (in stream order).
      if (this.applied_version(conn.origin, reqid) === undefined) r.forward(conn.origin, reqid, content, buffers, reply);
      else reply.ok({ version: this.applied_version(conn.origin, reqid), duplicate: true });
      return Promise.resolve();
    }
    return this.lock.run(() => this.apply_patch(conn.origin, reqid, content, buffers, reply));
  }

  /** Under the lock: a client's patch (from a connection here, or forwarded by another process) applied atomically. */
  apply_patch(origin: string, reqid: string, content: unknown, buffers: BufferMap, reply: PatchReply): void {
    const r = this.replication;
    const again = this.applied_version(origin, reqid);
    if (again !== undefined) {
      // A patch resent after a reconnect that was already applied: acknowledge, don't repeat.
      const metadata = { version: again, duplicate: true };
      if (r === null) reply.ok(metadata);
      else r.ack(origin, reqid, metadata, false, () => reply.ok(metadata));
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
      if (r === null) reply.error(e);
      else r.refuse(origin, reqid, e, () => reply.error(e));
      return;
    }
    const batch_follows = d.pending.length > 0;
    const version = batch_follows ? d.version + 1 : d.version;
    // `rest`: whether this client will also get part of that batch (server reactions).
    const rest = d.pending.some((e) => e.origin !== origin);
    this.remember_applied(origin, reqid, version);
    const metadata = { version, rest };
    if (r === null) reply.ok(metadata);
    else r.ack(origin, reqid, metadata, batch_follows, () => reply.ok(metadata));
    d.unhold();
  }

  /** PUSH-DOC: the client's document replaces this one (as RootRemoved/RootAdded events for other connections). */
  push(conn: ServerConnection, reqid: string, doc: DocJson, buffers: BufferMap): Promise<void> {
    const r = this.replication;
    if (r !== null && !r.leader) {
      // The leader orders it: the same change as one patch (roots out, title, roots in), answered with OK.
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
        for (const r of [...d.roots]) d.remove_root(r, conn.origin);
        if (title !== undefined) d.set_title(title, conn.origin);
        for (const r of roots) d.add_root(r, conn.origin);
      } finally {
        d.unhold();
      }
      const ok = (): void => {
        conn.pulled_version = Math.max(conn.pulled_version ?? 0, d.version);
        conn.send(create_message(MsgType.OK, {}, { reqid, metadata: { version: d.version } }));
      };
      if (r === null) ok();
      else void r.drained().then(ok);
    });
  }

  reply_error(conn: ServerConnection, reqid: string, e: unknown, what: string): void {
    if (e instanceof DashError && e.code === ErrorCode.WRITE_REFUSED) {
      // A client UI that keeps trying (or a hostile one) is logged once, not per message.
      if (!this.refusals_logged.has(conn.origin)) {
        this.refusals_logged.add(conn.origin);
        this.log.warn({ conn: conn.id, client: conn.origin, code: e.code }, `${what} refused: ${e.message} (further refusals for this client are not logged)`);
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
    for (const c of this.connections) c.close(1001, "session destroyed");
    this.connections.clear();
  }
}
