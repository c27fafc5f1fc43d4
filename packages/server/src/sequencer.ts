/**
 * The one ordering path of a session's document. ServerSession hands every flushed batch,
 * client patch, pull and join to its sequencer, always; the sequencer decides where the
 * change is ordered and when it may reach connections:
 *
 * - LocalSequencer (one process, the default): the session orders everything itself; a batch
 *   is delivered as soon as it is flushed and a patch's OK goes out at once.
 * - RedisSequencer (`--redis`, redis/replica.ts): one process (the leader) orders; batches and
 *   OKs wait until Redis has them; other processes forward their clients' patches and apply
 *   the log in order.
 *
 * A sequencer sees the session only through SequencedSession (below), never its internals.
 */
import type { BufferMap, Document, PatchOkMeta, PreparedMessage } from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { AppModule } from "./app.ts";
import type { BatchLog } from "./batch_log.ts";
import type { FanoutBatch } from "./fanout.ts";
import type { DocumentLock } from "./lock.ts";

/** How the answer to a client's patch reaches it (a local connection, or nobody here when another process forwarded it). */
export interface PatchReply {
  ok(metadata: PatchOkMeta): void;
  error(e: unknown): void;
}

export type HookName = "on_connection_created" | "on_connection_destroyed";

/** Runs the app (on_session_created and the app function), e.g. with deterministic model ids. */
export type AppScope = (run: () => Promise<void>) => Promise<void>;

/** What a sequencer may use of its session. */
export interface SequencedSession {
  readonly id: string;
  readonly app_name: string;
  readonly log: FastifyBaseLogger;
  readonly lock: DocumentLock;
  readonly document: Document;
  readonly log_of_batches: BatchLog;
  epoch: string;
  /** Set by hosting: who orders this session's document. */
  sequencer: Sequencer;
  /** Under the lock: a client's patch applied atomically; answered through `sequencer.acknowledge/refuse`. */
  apply_patch(origin: string, msgid: string, content: unknown, buffers: BufferMap, reply: PatchReply): void;
  /** Log a batch and send it to the connections that have not got it. */
  deliver(batch: FanoutBatch, full: PreparedMessage): void;
  /** Serialize a batch once (for the connections and the resume log), then deliver it. */
  serialize_and_deliver(batch: FanoutBatch): void;
  /** Resend the whole document to every connection that has pulled (after the replica reloaded). */
  resync_all(): void;
  applied_version(origin: string, msgid: string): number | undefined;
  remember_applied(origin: string, msgid: string, version: number): void;
  applied_list(max: number): Array<[string, string, number]>;
  initialize(app: AppModule, scope?: AppScope): Promise<void>;
  rebuild(app: AppModule, scope: AppScope): Promise<void>;
  run_connection_hook(name: HookName, conn_id: string, client_id: string): void;
  set_remote_viewers(n: number): void;
  readonly local_viewer_count: number;
}

export interface Sequencer {
  /** This process orders the document's changes (and runs its callbacks). */
  readonly orders: boolean;
  /** The document flushed a batch: deliver it (once it is durable, with a broker). */
  batch(batch: FanoutBatch): void;
  /** A client's patch: applied here under the lock, or forwarded to whoever orders. */
  patch(origin: string, msgid: string, content: unknown, buffers: BufferMap, reply: PatchReply): Promise<void>;
  /** Called by apply_patch: the patch went into `metadata.version` (a batch follows when `batch_follows`); `send` in order. */
  acknowledge(origin: string, msgid: string, metadata: PatchOkMeta, batch_follows: boolean, send: () => void): void;
  /** Called by apply_patch: the patch was refused; `send` the error in order. */
  refuse(origin: string, msgid: string, e: unknown, send: () => void): void;
  /** Before a pull (outside the lock): patches this client may have in flight anywhere are ordered. */
  before_pull(origin: string, inflight: readonly string[]): Promise<void>;
  /** Everything applied so far is durable and delivered. */
  drained(): Promise<void>;
  /** A connection here joined or left the document. */
  connection_hook(name: HookName, conn_id: string, client_id: string): void;
}

/** One process orders everything: deliver at once, answer at once. */
export class LocalSequencer implements Sequencer {
  readonly orders = true;

  constructor(private readonly session: SequencedSession) {}

  batch(batch: FanoutBatch): void {
    this.session.serialize_and_deliver(batch);
  }

  patch(origin: string, msgid: string, content: unknown, buffers: BufferMap, reply: PatchReply): Promise<void> {
    return this.session.lock.run(() => this.session.apply_patch(origin, msgid, content, buffers, reply));
  }

  acknowledge(_origin: string, _msgid: string, _metadata: PatchOkMeta, _batch_follows: boolean, send: () => void): void {
    send();
  }

  refuse(_origin: string, _msgid: string, _e: unknown, send: () => void): void {
    send();
  }

  before_pull(): Promise<void> {
    return Promise.resolve();
  }

  drained(): Promise<void> {
    return Promise.resolve();
  }

  connection_hook(name: HookName, conn_id: string, client_id: string): void {
    this.session.run_connection_hook(name, conn_id, client_id);
  }
}
