/**
 * A session: one id, one document, its callbacks (under the document lock) and zero or
 * more connections. Every batch the document flushes goes to the connections that have
 * pulled it (fan-out with the echo rule); client requests that touch the document run
 * under the lock.
 */
import {
  DashError,
  Document,
  MsgType,
  create_message,
  prepare_message,
  type BufferMap,
  type DocContent,
  type DocJson,
  type Model,
} from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { AppModule, RequestInfo, SessionContext } from "./app.ts";
import { ServerCallbackHost } from "./callback_host.ts";
import type { ServerConnection } from "./connection.ts";
import { fan_out, origins_of, prepare_patch, subset_for, type FanoutBatch } from "./fanout.ts";
import { BatchLog, prepared_bytes } from "./batch_log.ts";
import { randomBytes } from "node:crypto";
import { DocumentLock } from "./lock.ts";

export interface SessionOptions {
  readonly id: string;
  readonly app_name: string;
  readonly request: RequestInfo;
  readonly log: FastifyBaseLogger;
  /** How far back a reconnecting client can resume (batches, bytes). */
  readonly resume_log?: { readonly max_batches: number; readonly max_bytes: number };
}

/** Per client, the versions its recent patches went into (so a resent patch is not applied twice). */
const APPLIED_PER_CLIENT = 256;



export class ServerSession {
  readonly id: string;
  readonly app_name: string;
  readonly document: Document;
  readonly lock = new DocumentLock();
  readonly host: ServerCallbackHost;
  readonly log: FastifyBaseLogger;
  readonly context: SessionContext;
  private readonly connections = new Set<ServerConnection>();
  private readonly unsubscribe_batches: () => void;
  private _destroyed = false;
  /** When the last connection left (or the session was created), for unused-session cleanup. */
  last_unsubscribed = Date.now();
  /** Batches serialized (shared form + per-origin subsets), for stats. */
  serializations = 0;
  /** Identifies this document incarnation: versions of another one (e.g. before a restart) don't resume. */
  readonly epoch = randomBytes(6).toString("hex");
  readonly log_of_batches: BatchLog;
  private readonly applied = new Map<string, Map<string, number>>();
  private app: AppModule | null = null;
  /** Named/shared documents live while the server runs. */
  persistent = false;

  constructor(opts: SessionOptions) {
    this.id = opts.id;
    this.app_name = opts.app_name;
    this.log = opts.log.child({ app: opts.app_name, session: opts.id });
    this.host = new ServerCallbackHost(this.lock, (err, where) => {
      this.log.error({ err, where }, `${where} failed in app '${this.app_name}', session ${this.id}`);
    });
    this.document = new Document({ host: this.host, scheduler: (flush) => void setImmediate(flush) });
    this.log_of_batches = new BatchLog(opts.resume_log ?? { max_batches: 1000, max_bytes: 16 * 1024 * 1024 });
    this.unsubscribe_batches = this.document.on_batch((batch) => this.broadcast(batch));
    const self = this;
    this.context = {
      id: opts.id,
      app_name: opts.app_name,
      request: opts.request,
      document: this.document,
      get destroyed() {
        return self._destroyed;
      },
      get connection_count() {
        return self.viewer_count;
      },
    };
  }

  get destroyed(): boolean {
    return this._destroyed;
  }
  get connection_count(): number {
    return this.connections.size;
  }
  get connection_list(): readonly ServerConnection[] {
    return [...this.connections];
  }

  /** Run on_session_created, then the app function, under the lock. */
  async initialize(app: AppModule): Promise<void> {
    this.app = app;
    await this.lock.run(async () => {
      if (app.on_session_created) await app.on_session_created(this.context);
      await app.default(this.document, this.context);
    });
    // Whatever the app made is the initial state: clients get it by pulling.
    this.document.flush();
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
      this.run_hook("on_connection_destroyed", conn);
    }
  }

  /** Connections that have pulled (or resumed) the document. */
  get viewer_count(): number {
    let n = 0;
    for (const c of this.connections) if (c.joined) n++;
    return n;
  }

  private joined(conn: ServerConnection): void {
    if (conn.joined) return;
    conn.joined = true;
    this.viewers_changed();
    this.run_hook("on_connection_created", conn);
  }

  /**
   * Tell viewers how many there are: an unversioned, empty PATCH-DOC with {viewers} in its
   * metadata, only to clients that asked for it (PULL-DOC-REQ metadata `viewers: true`).
   */
  private viewers_changed(): void {
    const count = this.viewer_count;
    const msg = prepare_message(MsgType.PATCH_DOC, { events: [] }, { metadata: { viewers: count } });
    for (const c of this.connections) if (c.joined && c.wants_viewers) c.send_prepared(msg);
  }

  private run_hook(name: "on_connection_created" | "on_connection_destroyed", conn: ServerConnection): void {
    const hook = this.app?.[name];
    if (hook === undefined) return;
    const ctx = { id: conn.id, client_id: conn.origin, session: this.context };
    this.host.invoke(() => hook(ctx), `${name}`);
  }

  private applied_version(origin: string, msgid: string): number | undefined {
    return this.applied.get(origin)?.get(msgid);
  }

  private remember_applied(origin: string, msgid: string, version: number): void {
    let m = this.applied.get(origin);
    if (m === undefined) this.applied.set(origin, (m = new Map()));
    m.set(msgid, version);
    if (m.size > APPLIED_PER_CLIENT) m.delete(m.keys().next().value as string);
  }

  private broadcast(batch: FanoutBatch): void {
    const targets = [...this.connections].filter((c) => c.pulled_version !== null && c.pulled_version < batch.version && !c.resync_pending);
    try {
      // Every batch is serialized once, for the connections and for the resume log.
      const full = prepare_patch(batch, batch.events);
      this.serializations++;
      this.log_of_batches.add({ version: batch.version, events: batch.events, new_models: batch.new_models, full, origins: origins_of(batch), bytes: prepared_bytes(full) });
      if (targets.length === 0) return;
      this.serializations += fan_out(batch, targets, full);
    } catch (e) {
      this.log.error({ err: e, version: batch.version }, "cannot serialize a document batch; resynchronising connections");
      for (const c of targets) this.send_document(c, undefined, { resync: true });
    }
  }

  /** The current document as a PULL-DOC-REPLY (reply to `reqid`, or unsolicited for a resync). */
  private send_document(conn: ServerConnection, reqid: string | undefined, extra: Record<string, unknown> = {}): void {
    if (this.document.pending.length > 0) this.document.flush();
    const version = this.document.version;
    const { json, buffers } = this.document.to_json({ binary: true });
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
    return this.lock.run(() => {
      const d = this.document;
      if (d.pending.length > 0) d.flush();
      const applied = inflight.filter((id) => this.applied_version(conn.origin, id) !== undefined);
      const since = metadata.since;
      if (typeof since === "number" && metadata.epoch === this.epoch) {
        const missed = this.log_of_batches.since(since, d.version);
        if (missed !== null) {
          conn.pulled_version = since;
          for (const b of missed) {
            const p = b.origins.has(conn.origin) ? subset_for(b, conn.origin) : b.full;
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
    });
  }

  /** After a send-queue overflow: a fresh document replaces what the connection missed. */
  resync(conn: ServerConnection): void {
    void this.lock.run(() => {
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
    return this.lock.run(() => {
      const again = this.applied_version(conn.origin, reqid);
      if (again !== undefined) {
        // A patch resent after a reconnect that was already applied: acknowledge, don't repeat.
        conn.send(create_message(MsgType.OK, {}, { reqid, metadata: { version: again, duplicate: true } }));
        return;
      }
      const d = this.document;
      if (d.pending.length > 0) d.flush();
      d.hold("collect");
      try {
        d.apply_events(content, buffers, conn.origin);
      } catch (e) {
        d.unhold();
        this.reply_error(conn, reqid, e, "PATCH-DOC");
        return;
      }
      const version = d.pending.length > 0 ? d.version + 1 : d.version;
      // `rest`: whether this client will also get part of that batch (server reactions).
      const rest = d.pending.some((e) => e.origin !== conn.origin);
      this.remember_applied(conn.origin, reqid, version);
      conn.send(create_message(MsgType.OK, {}, { reqid, metadata: { version, rest } }));
      d.unhold();
    });
  }

  /** PUSH-DOC: the client's document replaces this one (as RootRemoved/RootAdded events for other connections). */
  push(conn: ServerConnection, reqid: string, doc: DocJson, buffers: BufferMap): Promise<void> {
    return this.lock.run(() => {
      let roots: Model[];
      let title: string | undefined;
      try {
        const incoming = Document.from_json(doc, buffers);
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
      conn.pulled_version = Math.max(conn.pulled_version ?? 0, d.version);
      conn.send(create_message(MsgType.OK, {}, { reqid, metadata: { version: d.version } }));
    });
  }

  reply_error(conn: ServerConnection, reqid: string, e: unknown, what: string): void {
    if (e instanceof DashError) {
      this.log.info({ conn: conn.id, code: e.code }, `${what} refused: ${e.message}`);
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
    this.unsubscribe_batches();
    this.log_of_batches.clear();
    for (const c of this.connections) c.close(1001, "session destroyed");
    this.connections.clear();
  }
}
