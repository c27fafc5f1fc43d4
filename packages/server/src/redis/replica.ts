/**
 * One document as hosted by this process in `--redis` mode: the leader (the process that
 * orders its changes and runs its callbacks, exactly as a single process does) or a
 * follower (a replica applying the log in order and forwarding its clients' patches).
 *
 * Leader: every flushed batch is appended to the log (fenced by the lock) and reaches this
 * process's connections, with the OKs of the patches it answers, once Redis has it. Patches
 * forwarded by followers arrive on the command stream. A snapshot is written now and then.
 * Follower: log entries are applied in order; an entry answering one of its clients' patches
 * sends that OK just before the batch goes out. When the leader's lock expires, a follower
 * takes it, catches up with the log, and runs the app again to re-attach its callbacks.
 */
import { randomBytes } from "node:crypto";
import { DashError, ErrorCode, MsgType, encode_events, prepare_message, type BufferMap, type PatchOkMeta } from "@dash/protocol";
import type { AppModule } from "../app.ts";
import type { FanoutBatch } from "../fanout.ts";
import type { PatchReply, SequencedSession, Sequencer } from "../sequencer.ts";
import {
  BARRIER, compare_ids, decode_command, decode_entry, decode_snapshot, doc_keys, encode_ack, encode_batch, encode_command,
  encode_refused, encode_snapshot, fields_of, type Ack, type DocKeys, type Fields, type LogEntry, type Snapshot,
} from "./entries.ts";
import type { LockHolder, RedisHub } from "./hub.ts";
import { with_scoped_ids } from "./ids.ts";
import { NotLeader } from "./scripts.ts";
import type { FieldList } from "./entries.ts";
import { apply_entry } from "./apply.ts";
import { history_until } from "./history.ts";
import { HOOK, ViewerSync, decode_hook, type HookName } from "./viewers.ts";

/** Data keys outlive their last use by this long (renewed while any process hosts the document). */
const KEYS_TTL = 3_600_000;
/** How long a new process waits for a document's leader to publish it. */
const JOIN_TIMEOUT = 15_000;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** Most log entries appended in one round trip. */
const MAX_GROUP = 64;
const NO_REPLY: PatchReply = { ok: () => undefined, error: () => undefined };

type Role = "follower" | "promoting" | "leader" | "closed";

export interface Evictor {
  /** This process may no longer serve the session: destroy it here. */
  evict(): void;
}

export const key_of = (client: string, msgid: string): string => `${client}\u0000${msgid}`;

export function refusal_text(e: unknown): string {
  return e instanceof DashError ? `${e.code}: ${e.message}` : `PATCH-DOC failed: ${e instanceof Error ? e.message : String(e)}`;
}

export class RedisSequencer implements Sequencer, LockHolder {
  role: Role = "follower";
  readonly keys: DocKeys;
  /** Log id of the last entry applied (follower) or appended and delivered (leader). */
  last_id = "0-0";
  /** Last command-stream id whose effects are in the document. */
  last_cmd = "0-0";
  /** This process's clients' patches waiting for the leader's answer (also barriers). */
  readonly pending = new Map<string, PatchReply>();
  private next_acks: Array<{ ack: Ack; send: () => void }> = [];
  private tail: Promise<void> = Promise.resolve();
  /** Log entries appended or waiting to be (their effects wait for Redis). */
  private inflight = 0;
  /** Entries waiting while a group is being appended: they go together in the next round trip. */
  private waiting: Array<{ readonly id: string; readonly fields: FieldList; readonly then: () => void }> = [];
  private appending = false;
  private snap_version = -1;
  private snap_time = 0;
  private snapshotting = false;
  private resyncing = false;
  private readonly viewers: ViewerSync;

  constructor(
    readonly session: SequencedSession,
    private app: AppModule,
    readonly hub: RedisHub,
    private readonly owner: Evictor,
  ) {
    this.keys = doc_keys(hub.config.prefix, session.app_name, session.id);
    this.viewers = new ViewerSync(session, hub.redis, this.keys.viewers, hub.token, hub.config.lock_ttl * 2, () => this.role === "leader");
  }

  get leader(): boolean {
    return this.role === "leader";
  }
  get orders(): boolean {
    return this.role === "leader";
  }

  // ---- the session's ordering path -------------------------------------------------

  batch(batch: FanoutBatch): void {
    if (this.role === "leader") return this.on_batch(batch);
    // A replica's batch (an applied log entry): it is in Redis already.
    this.session.serialize_and_deliver(batch);
  }

  patch(origin: string, msgid: string, content: unknown, buffers: BufferMap, reply: PatchReply): Promise<void> {
    const s = this.session;
    if (this.role === "leader") return s.lock.run(() => s.apply_patch(origin, msgid, content, buffers, reply));
    // Ordered by the leader; its OK comes back through the log (in stream order).
    const again = s.applied_version(origin, msgid);
    if (again === undefined) this.forward(origin, msgid, content, buffers, reply);
    else reply.ok({ version: again, duplicate: true });
    return Promise.resolve();
  }

  // ---- joining ----------------------------------------------------------------------

  /** Host the document: create it (first process), follow its leader, or take over a leaderless one. */
  async start(): Promise<void> {
    const deadline = Date.now() + JOIN_TIMEOUT;
    for (;;) {
      if (await this.hub.scripts.acquire(this.keys)) {
        const snap = await this.read_snapshot();
        if (snap === null) await this.create();
        else {
          await this.session.lock.run(() => this.load(snap));
          await this.become_leader();
        }
        return;
      }
      const snap = await this.read_snapshot();
      if (snap !== null) {
        await this.session.lock.run(() => this.load(snap));
        this.follow();
        return;
      }
      if (Date.now() > deadline) throw new Error(`document ${this.session.id} has a leader that never published it`);
      await sleep(50);
    }
  }

  /** A new document: the app builds it, and its snapshot (with an emptied log) publishes it. */
  private async create(): Promise<void> {
    await this.session.initialize(this.app, with_scoped_ids);
    this.session.sequencer = this;
    this.role = "leader";
    await this.write_snapshot(true);
    this.hub.watch(this.keys.cmd, "0-0", (id, f) => this.on_command(id, f));
    this.hub.hold(this);
  }

  private follow(): void {
    this.session.sequencer = this;
    this.role = "follower";
    this.hub.watch(this.keys.log, this.last_id, (id, f) => this.on_entry(id, f));
    this.hub.hold(this);
  }

  private async read_snapshot(): Promise<Snapshot | null> {
    const h = await this.hub.redis.hgetallBuffer(this.keys.snap);
    return decode_snapshot(new Map(Object.entries(h)));
  }

  /** Under the lock: the snapshot, then the log after it. Returns false when the log has a gap. */
  private async load(snap: Snapshot): Promise<boolean> {
    const s = this.session;
    s.document.replace_with_json(snap.doc, snap.buffers, snap.version);
    s.epoch = snap.epoch;
    for (const [c, m, v] of snap.applied) s.remember_applied(c, m, v);
    this.last_id = snap.log_id;
    this.last_cmd = snap.cmd;
    await this.read_history(snap);
    return this.catch_up();
  }

  /** The resume log up to the snapshot, from the Redis log: clients that saw an older version on another process resume here. */
  private async read_history(snap: Snapshot): Promise<void> {
    const s = this.session;
    const max = s.log_of_batches.opts.max_batches;
    let entries: Array<[Buffer, Buffer[]]> = [];
    if (snap.log_id !== "0-0") {
      try {
        entries = await this.hub.redis.xrevrangeBuffer(this.keys.log, snap.log_id, "-", "COUNT", max * 2);
      } catch (e) {
        s.log.warn({ err: e }, "cannot read the document log's history; clients from other processes will get the whole document");
      }
    }
    const batches = [];
    for (const [, list] of entries) {
      const e = decode_entry(fields_of(list));
      if (e.kind === "batch") batches.push(e);
    }
    s.log_of_batches.reset(history_until(batches, snap.version));
  }

  /** Under the lock: apply the log entries after last_id. */
  private async catch_up(): Promise<boolean> {
    const entries = await this.hub.redis.xrangeBuffer(this.keys.log, `(${this.last_id}`, "+");
    for (const [idb, list] of entries) {
      if (!this.apply(idb.toString("utf8"), decode_entry(fields_of(list)))) return false;
    }
    return true;
  }

  // ---- follower ---------------------------------------------------------------------

  private on_entry(id: string, f: Fields): void {
    const entry = decode_entry(f);
    void this.session.lock.run(() => {
      if (this.role !== "follower" || this.resyncing) return;
      if (!this.apply(id, entry)) this.resync();
    });
  }

  /** Under the lock: one log entry. False when it does not follow what the document has (a gap). */
  private apply(id: string, e: LogEntry): boolean {
    if (compare_ids(id, this.last_id) <= 0) return true;
    if (!apply_entry(this.session, e, (c, m) => this.take_pending(c, m))) return false;
    this.last_id = id;
    this.last_cmd = e.cmd;
    return true;
  }

  private take_pending(client: string, msgid: string): PatchReply | undefined {
    const k = key_of(client, msgid);
    const r = this.pending.get(k);
    this.pending.delete(k);
    return r;
  }

  /** The log no longer follows on (entries lost, or trimmed past us): reload and send everyone a fresh document. */
  private resync(): void {
    if (this.resyncing) return;
    this.resyncing = true;
    this.hub.unwatch(this.keys.log);
    this.session.log.warn({ version: this.session.document.version }, "document log has a gap; reloading from the snapshot");
    const attempt = async (): Promise<void> => {
      for (let n = 0; this.role === "follower"; n++) {
        const snap = await this.read_snapshot();
        if (snap !== null && (await this.session.lock.run(() => this.load(snap)))) break;
        await sleep(Math.min(50 * (n + 1), 1000));
      }
    };
    void attempt().then(() => {
      this.resyncing = false;
      if (this.role !== "follower") return;
      this.session.resync_all();
      this.hub.watch(this.keys.log, this.last_id, (id, f) => this.on_entry(id, f));
    });
  }

  private forward(origin: string, msgid: string, content: unknown, buffers: BufferMap, reply: PatchReply): void {
    this.pending.set(key_of(origin, msgid), reply);
    this.send_command(encode_command({ client: origin, msgid, content: JSON.stringify(content), buffers: new Map(buffers) }));
  }

  private send_command(fields: ReturnType<typeof encode_command>): void {
    this.hub.commands++;
    void this.hub.redis.xadd(this.keys.cmd, "MAXLEN", "~", this.hub.config.stream_max, "*", ...fields).catch((e: unknown) => {
      this.session.log.error({ err: e }, "cannot forward a patch to the document's leader");
    });
  }

  connection_hook(name: HookName, conn_id: string, client_id: string): void {
    if (this.role === "leader") void this.viewers.counted().then(() => this.session.run_connection_hook(name, conn_id, client_id));
    else {
      void this.viewers.sync();
      // issued after the count's write on the same connection, so the leader sees the count first
      const content = JSON.stringify({ name, token: this.hub.token, client: client_id });
      this.send_command(encode_command({ client: HOOK, msgid: conn_id, content, buffers: new Map() }));
    }
  }

  before_pull(origin: string, inflight: readonly string[]): Promise<void> {
    if (inflight.every((m) => this.session.applied_version(origin, m) !== undefined)) return Promise.resolve();
    // A barrier through the command stream: once it is ordered, so is every patch forwarded before it.
    return new Promise<void>((resolve) => {
      const nonce = randomBytes(8).toString("hex");
      const done = (): void => {
        clearTimeout(timer);
        this.pending.delete(key_of(BARRIER, nonce));
        resolve();
      };
      const timer = setTimeout(done, JOIN_TIMEOUT);
      this.pending.set(key_of(BARRIER, nonce), { ok: done, error: done });
      this.send_command(encode_command({ client: BARRIER, msgid: nonce, content: null, buffers: new Map() }));
    });
  }

  // ---- leader -----------------------------------------------------------------------

  private async become_leader(): Promise<void> {
    this.role = "promoting";
    this.session.sequencer = this;
    this.hub.unwatch(this.keys.log);
    await this.session.lock.run(async () => {
      if (!(await this.catch_up())) {
        const snap = await this.read_snapshot();
        if (snap === null || !(await this.load(snap))) throw new Error("cannot catch up with the document log");
      }
      await this.session.rebuild(this.app, with_scoped_ids);
      this.role = "leader";
    });
    this.hub.watch(this.keys.cmd, this.last_cmd, (id, f) => this.on_command(id, f));
    this.hub.hold(this);
    this.snap_version = -1;
    this.maybe_snapshot();
    this.session.log.info({ version: this.session.document.version }, "this process now leads the document");
  }

  private on_command(id: string, f: Fields): void {
    const c = decode_command(f);
    void this.session.lock.run(() => {
      if (this.role !== "leader") return;
      const d = this.session.document;
      if (d.pending.length > 0) d.flush();
      this.last_cmd = id;
      if (c.client === HOOK) {
        const h = decode_hook(c.msgid, c.content);
        if (h !== null) this.viewers.run(h);
        return;
      }
      if (c.content === null) return this.acknowledge(c.client, c.msgid, { version: d.version }, false, () => undefined);
      let content: unknown;
      try {
        content = JSON.parse(c.content);
      } catch (e) {
        return this.refuse(c.client, c.msgid, e, () => undefined);
      }
      this.session.apply_patch(c.client, c.msgid, content, c.buffers, NO_REPLY);
    });
  }

  private on_batch(batch: FanoutBatch): void {
    const acks = this.next_acks;
    this.next_acks = [];
    let full, fields;
    try {
      const { json, buffers } = encode_events(batch.events, { binary: true, known: (m) => !batch.new_models.has(m) });
      full = prepare_message(MsgType.PATCH_DOC, json, { metadata: { version: batch.version }, buffers: new Map(buffers) });
      const origins = batch.events.map((e) => e.origin ?? null);
      fields = encode_batch({ kind: "batch", version: batch.version, cmd: this.last_cmd, content: full.content_json, origins, acks: acks.map((a) => a.ack), buffers: new Map(buffers) });
    } catch (e) {
      this.fail(e);
      return;
    }
    const prepared = full;
    this.sequence(`${batch.version}-0`, fields, () => {
      this.reply(acks);
      this.session.deliver(batch, prepared);
      this.maybe_snapshot();
    });
  }

  acknowledge(origin: string, msgid: string, metadata: PatchOkMeta, batch_follows: boolean, send: () => void): void {
    const ack: Ack = [origin, msgid, metadata.version, metadata.rest === true ? 1 : 0];
    if (batch_follows) {
      this.next_acks.push({ ack, send });
      return;
    }
    const v = this.session.document.version;
    this.sequence(`${v}-*`, encode_ack(v, this.last_cmd, [ack]), () => this.reply([{ ack, send }]));
  }

  refuse(origin: string, msgid: string, e: unknown, send: () => void): void {
    const v = this.session.document.version;
    const text = refusal_text(e);
    this.sequence(`${v}-*`, encode_refused(v, this.last_cmd, origin, msgid, text), () => {
      send();
      this.take_pending(origin, msgid)?.error(new DashError(ErrorCode.BAD_EVENT, text));
    });
  }

  /** OKs for patches answered in a delivered entry: a connection here, or one whose patch another process forwarded. */
  private reply(acks: ReadonlyArray<{ ack: Ack; send: () => void }>): void {
    for (const { ack, send } of acks) {
      send();
      this.take_pending(ack[0], ack[1])?.ok({ version: ack[2], rest: ack[3] === 1 });
    }
  }

  /**
   * Append a log entry; `then` runs once Redis has it, entries in order. Group commit: while
   * one round trip is out, later entries wait and then go together in the next one, so a
   * busy document pays well under one round trip per batch and an idle one no more than one.
   */
  private sequence(id: string, fields: FieldList, then: () => void): void {
    this.inflight++;
    this.waiting.push({ id, fields, then });
    if (!this.appending) this.append_waiting();
  }

  private append_waiting(): void {
    if (this.waiting.length === 0 || this.role === "closed") {
      this.appending = false;
      return;
    }
    this.appending = true;
    const group = this.waiting.splice(0, MAX_GROUP);
    this.hub.commands++;
    const p = this.hub.scripts.append_many(this.keys, this.hub.config.stream_max, group);
    this.tail = this.tail.then(() => p.then(
      (ids) => {
        this.inflight -= group.length;
        this.last_id = ids[ids.length - 1] ?? this.last_id;
        if (this.role === "leader") for (const g of group) g.then();
        this.append_waiting();
      },
      (e: unknown) => {
        this.inflight -= group.length;
        this.appending = false;
        this.fail(e);
      },
    ));
  }

  /** Everything applied so far is in Redis and delivered. */
  async drained(): Promise<void> {
    for (;;) {
      const t = this.tail;
      await t;
      if (t === this.tail && !this.appending) return;
    }
  }

  private maybe_snapshot(force = false): void {
    const d = this.session.document;
    if (this.role !== "leader" || this.snapshotting || this.inflight > 0 || d.pending.length > 0) return;
    const due = d.version - this.snap_version >= this.hub.config.snapshot_every || (d.version !== this.snap_version && Date.now() - this.snap_time > 2000);
    if (force || due) void this.write_snapshot(false);
  }

  private async write_snapshot(fresh: boolean): Promise<void> {
    const s = this.session;
    const d = s.document;
    const { json, buffers } = d.to_json({ binary: true });
    const snap: Snapshot = { version: d.version, epoch: s.epoch, cmd: this.last_cmd, log_id: this.last_id, doc: json, buffers: new Map(buffers), applied: s.applied_list(4096) };
    this.snapshotting = true;
    this.snap_version = d.version;
    this.snap_time = Date.now();
    this.hub.commands++;
    try {
      await this.hub.scripts.snapshot(this.keys, encode_snapshot(snap), KEYS_TTL, fresh);
    } catch (e) {
      if (e instanceof NotLeader) this.fail(e);
      else s.log.warn({ err: e }, "cannot write the document snapshot");
    } finally {
      this.snapshotting = false;
    }
  }

  // ---- lock ---------------------------------------------------------------------------

  async tick(): Promise<void> {
    if (this.role !== "closed") void this.viewers.sync();
    if (this.role === "leader") {
      const r = await this.hub.scripts.renew(this.keys, KEYS_TTL);
      if (r === 0) this.fail(new NotLeader("the leader lock is held by another process"));
      else if (r === 3) this.maybe_snapshot(true); // Redis lost its data: publish the document again
      else this.maybe_snapshot();
    } else if (this.role === "follower" && !this.resyncing) {
      // Taking over runs the app: not awaited, so it does not hold up other documents' lock renewals.
      if (await this.hub.scripts.acquire(this.keys)) void this.become_leader().catch((e: unknown) => this.fail(e));
    }
  }

  /** This process may no longer order or serve the document: drop it here; its clients reconnect and resume. */
  private fail(e: unknown): void {
    if (this.role === "closed") return;
    this.role = "closed";
    this.session.log.warn({ err: e instanceof Error ? e.message : String(e) }, "this process no longer hosts the document; its connections will reconnect");
    this.owner.evict();
  }

  /** The session is gone here: stop reading; a leader publishes a last snapshot and hands the lock over. */
  async detach(): Promise<void> {
    const was_leader = this.role === "leader";
    this.hub.unwatch(this.keys.log);
    this.hub.unwatch(this.keys.cmd);
    this.hub.drop(this);
    await Promise.race([this.viewers.close(), sleep(1000)]);
    if (was_leader) {
      const settled = await Promise.race([this.drained().then(() => true), sleep(2000).then(() => false)]);
      if (settled && this.session.document.pending.length === 0 && this.session.document.version !== this.snap_version) {
        await Promise.race([this.write_snapshot(false), sleep(2000)]);
      }
    }
    this.role = "closed";
    if (was_leader) await Promise.race([this.hub.scripts.release(this.keys).catch(() => undefined), sleep(1000)]);
  }
}
