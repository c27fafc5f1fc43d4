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
import { fan_out, type FanoutBatch } from "./fanout.ts";
import { DocumentLock } from "./lock.ts";

export interface SessionOptions {
  readonly id: string;
  readonly app_name: string;
  readonly request: RequestInfo;
  readonly log: FastifyBaseLogger;
}

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

  constructor(opts: SessionOptions) {
    this.id = opts.id;
    this.app_name = opts.app_name;
    this.log = opts.log.child({ app: opts.app_name, session: opts.id });
    this.host = new ServerCallbackHost(this.lock, (err, where) => {
      this.log.error({ err, where }, `${where} failed in app '${this.app_name}', session ${this.id}`);
    });
    this.document = new Document({ host: this.host, scheduler: (flush) => void setImmediate(flush) });
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
    if (this.connections.delete(conn) && this.connections.size === 0) this.last_unsubscribed = Date.now();
  }

  private broadcast(batch: FanoutBatch): void {
    const targets = [...this.connections].filter((c) => c.pulled_version !== null && c.pulled_version < batch.version && !c.resync_pending);
    if (targets.length === 0) return;
    try {
      this.serializations += fan_out(batch, targets);
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

  pull(conn: ServerConnection, reqid: string, metadata: Record<string, unknown>): Promise<void> {
    if (metadata.resync === true) conn.can_resync = true;
    return this.lock.run(() => this.send_document(conn, reqid));
  }

  /** After a send-queue overflow: a fresh document replaces what the connection missed. */
  resync(conn: ServerConnection): void {
    void this.lock.run(() => {
      if (!conn.closed) this.send_document(conn, undefined, { resync: true });
    });
  }

  /** PATCH-DOC from a client: applied atomically with origin = the connection; OK carries the version. */
  patch(conn: ServerConnection, reqid: string, content: unknown, buffers: BufferMap): Promise<void> {
    return this.lock.run(() => {
      try {
        const version = this.document.apply_events(content, buffers, conn.id);
        conn.send(create_message(MsgType.OK, {}, { reqid, metadata: { version } }));
      } catch (e) {
        this.reply_error(conn, reqid, e, "PATCH-DOC");
      }
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
        for (const r of [...d.roots]) d.remove_root(r, conn.id);
        if (title !== undefined) d.set_title(title, conn.id);
        for (const r of roots) d.add_root(r, conn.id);
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
    for (const c of this.connections) c.close(1001, "session destroyed");
    this.connections.clear();
  }
}
