/**
 * ClientConnection: one websocket to a Dash (or Bokeh) server session, shared by the
 * browser client and the Node client API.
 *
 * - frames in through the protocol Receiver; requests answered by reqid (RequestMap);
 * - on open: wait for ACK, then PULL-DOC (or PUSH-DOC in push mode) into a Replica;
 * - local document changes go out as PATCH-DOC; a refused patch re-pulls the document
 *   so the replica never silently keeps state the server does not have;
 * - unexpected closes reconnect with exponential backoff and pull again.
 */
import {
  MsgType,
  Receiver,
  create_message,
  encode_message,
  is_msgtype,
  type Document,
  type Message,
  type MsgType as MsgTypeName,
  type ContentOf,
  type ServerInfoReplyContent,
  type PullRequestMeta,
  is_resumed,
  read_batch_meta,
  read_document_meta,
  read_ok_meta,
  read_patch_ok_meta,
} from "@dash/protocol";
import { ConnectionClosed, RequestMap, ServerError } from "./requests.ts";
import { Replica, type LocalPatch } from "./replica.ts";
import type { ClientSocket, Incoming, SocketFactory } from "./socket.ts";

export type ConnectionState = "idle" | "connecting" | "connected" | "reconnecting" | "closed";

export interface ReconnectOptions {
  readonly initial_ms?: number;
  readonly max_ms?: number;
  /** Give up after this many failed attempts in a row. Default Infinity. */
  readonly max_attempts?: number;
}

export interface ClientConnectionOptions {
  /** ws:// or wss:// URL of the app's websocket (…/<app>/ws). */
  readonly url: string;
  /** Session token, or a function making a fresh one per attempt (tokens expire). */
  readonly token: string | (() => string);
  readonly socket: SocketFactory;
  /** Push this document instead of pulling the server's. */
  readonly push?: Document;
  /** false disables reconnecting. */
  readonly reconnect?: ReconnectOptions | false;
  readonly max_message_size?: number;
  /** Told about server errors, refused patches and reconnects. */
  readonly on_warning?: (text: string) => void;
  /** What the person at the page should see: local changes the server refused or that were discarded. */
  readonly on_notice?: (text: string) => void;
}

/** Close codes after which reconnecting cannot help (policy: bad token/origin/slow consumer with no resync). */
const FINAL_CODES = new Set([1002, 1003, 1007, 1008, 1009]);

export class ClientConnection {
  readonly replica: Replica;
  private socket: ClientSocket | null = null;
  private receiver: Receiver;
  private readonly requests = new RequestMap();
  private _state: ConnectionState = "idle";
  private attempts = 0;
  private retry_timer: ReturnType<typeof setTimeout> | null = null;
  private first_ready: { resolve(): void; reject(e: Error): void } | null = null;
  private readonly state_listeners = new Set<(s: ConnectionState) => void>();
  private closed_by_us = false;
  private pushed = false;
  /** Code and reason of the last close. */
  last_close: { code: number; reason: string } | null = null;
  /** Stable across reconnects: the server recognises our edits (and resent ones) by it. */
  readonly client_id = random_id();
  /** Patches sent and not yet answered, by msgid, in send order (resent or replayed after a reconnect). */
  private readonly inflight = new Map<string, LocalPatch>();
  /** Local edits made while disconnected, sent in order once the connection is back. */
  private outbox: LocalPatch[] = [];
  private readonly viewer_listeners = new Set<(n: number) => void>();
  private pulling = 0;
  /** Connected viewers of this document, as the server last said (null: unknown). */
  viewers: number | null = null;
  /** How the last (re)connection synchronised: resumed from the log, or a whole document. */
  last_sync: { kind: "resumed"; missed: number } | { kind: "document" } | null = null;

  constructor(private readonly opts: ClientConnectionOptions) {
    this.receiver = new Receiver({ max_message_size: opts.max_message_size });
    this.replica = new Replica((patch) => this.send_patch(patch));
  }

  get state(): ConnectionState {
    return this._state;
  }
  get document(): Document | null {
    return this.replica.document;
  }
  get connected(): boolean {
    return this._state === "connected";
  }

  on_viewers(cb: (n: number) => void): () => void {
    this.viewer_listeners.add(cb);
    return () => this.viewer_listeners.delete(cb);
  }

  /** Local edits not yet acknowledged by the server (in flight or waiting for the connection). */
  get unsent(): number {
    return this.inflight.size + this.outbox.length;
  }

  /** True while nothing is in flight, no pull is out and no resync is due. */
  get idle(): boolean {
    return this._state === "connected" && this.unsent === 0 && this.pulling === 0 && !this.replica.needs_resync;
  }

  on_state(cb: (s: ConnectionState) => void): () => void {
    this.state_listeners.add(cb);
    return () => this.state_listeners.delete(cb);
  }

  private set_state(s: ConnectionState): void {
    if (s === this._state) return;
    this._state = s;
    for (const cb of this.state_listeners) cb(s);
    if (s === "connected") this.flush_outbox();
  }

  private warn(text: string): void {
    this.opts.on_warning?.(text);
  }

  /** Open, and resolve once the document is pulled (or pushed). */
  connect(): Promise<void> {
    if (this._state !== "idle") throw new Error(`connect() called twice (state ${this._state})`);
    return new Promise<void>((resolve, reject) => {
      this.first_ready = { resolve, reject };
      this.open();
    });
  }

  private open(): void {
    this.set_state(this.attempts === 0 ? "connecting" : "reconnecting");
    this.receiver = new Receiver({ max_message_size: this.opts.max_message_size });
    const token = typeof this.opts.token === "function" ? this.opts.token() : this.opts.token;
    let acked = false;
    const socket = this.opts.socket(this.opts.url, ["bokeh", token], {
      open: () => undefined,
      message: (data) => {
        if (this.socket !== socket) return;
        const msg = this.consume(data);
        if (msg === null) return;
        if (!acked && is_msgtype(msg, MsgType.ACK)) {
          acked = true;
          void this.on_ack();
          return;
        }
        this.handle(msg);
      },
      close: (code, reason) => {
        if (this.socket === socket) this.on_close(code, reason);
      },
      error: () => undefined,
    });
    this.socket = socket;
  }

  private consume(data: Incoming): Message | null {
    try {
      return this.receiver.consume(data);
    } catch (e) {
      this.warn(`bad message from server: ${e instanceof Error ? e.message : String(e)}`);
      this.socket?.close(1002, "protocol error");
      return null;
    }
  }

  private async on_ack(): Promise<void> {
    try {
      if (this.opts.push !== undefined && !this.pushed) {
        this.replica.adopt(this.opts.push);
        const { json, buffers } = this.opts.push.to_json({ binary: true });
        const reply = await this.request(create_message(MsgType.PUSH_DOC, { doc: json as unknown as ContentOf<"PUSH-DOC">["doc"] }, { buffers: new Map(buffers) }));
        this.replica.acknowledged(read_patch_ok_meta(reply.metadata).version);
        this.pushed = true;
      } else {
        await this.pull();
      }
    } catch (e) {
      if (this.first_ready !== null) {
        this.first_ready.reject(e instanceof Error ? e : new Error(String(e)));
        this.first_ready = null;
        this.close();
      }
      return;
    }
    this.attempts = 0;
    this.set_state("connected");
    this.first_ready?.resolve();
    this.first_ready = null;
  }

  /**
   * Synchronise with the server: the whole document, or — when reconnecting to the same
   * document incarnation — only the batches missed since our version (the server replies
   * OK {resumed} after sending them). Edits made meanwhile are then sent (or replayed onto a
   * fresh document) in order; edits that can no longer apply are reported, never dropped silently.
   */
  async pull(opts: { full?: boolean } = {}): Promise<Document> {
    const r = this.replica;
    const metadata: PullRequestMeta = { resync: true, viewers: true, client_id: this.client_id, inflight: [...this.inflight.keys()] };
    if (opts.full !== true && r.document !== null && r.server_version !== null && r.epoch !== null) {
      metadata.since = r.server_version;
      metadata.epoch = r.epoch;
    }
    // Edits made while the pull is out wait in the outbox: the reply decides how they apply.
    // The reply is applied synchronously, before any later message (a batch right behind it).
    this.pulling++;
    let done = false;
    const finish = (): void => {
      if (!done) this.pulling--;
      done = true;
    };
    try {
      await this.request(create_message(MsgType.PULL_DOC_REQ, {}, { metadata }), (reply) => {
        finish();
        this.on_pull_reply(reply);
      });
    } finally {
      finish();
    }
    this.flush_outbox();
    return r.document!;
  }

  private on_pull_reply(reply: Message): void {
    const r = this.replica;
    const inflight = [...this.inflight.entries()];
    this.inflight.clear();
    const waiting = this.outbox;
    this.outbox = [];
    const ok = is_msgtype(reply, MsgType.OK) ? read_ok_meta(reply.metadata) : null;
    if (ok !== null && is_resumed(ok)) {
      const applied = new Set(ok.applied);
      r.acknowledged(ok.version);
      this.last_sync = { kind: "resumed", missed: ok.missed };
      // Our replica still holds these edits: send the ones the server never applied.
      for (const [msgid, patch] of inflight) {
        r.pending.settled(msgid);
        if (!applied.has(msgid)) this.transmit(patch);
      }
      for (const patch of waiting) this.transmit(patch);
      return;
    }
    if (!is_msgtype(reply, MsgType.PULL_DOC_REPLY)) throw new Error(`expected PULL-DOC-REPLY, got ${reply.header.msgtype}`);
    const meta = read_document_meta(reply.metadata);
    const applied = new Set(meta.applied ?? []);
    r.load(reply.content.doc, reply.buffers, meta.version, meta.epoch);
    this.last_sync = { kind: "document" };
    // The fresh document lacks our unapplied edits: replay them as new local changes.
    const replay = [...inflight.filter(([msgid]) => !applied.has(msgid)).map(([, p]) => p), ...waiting];
    let lost = 0;
    for (const patch of replay) {
      try {
        r.document!.apply_events(patch.content, new Map(patch.buffers));
      } catch {
        lost += 1; // one user change (a slider move may set value and value_throttled)
      }
    }
    if (lost > 0) {
      this.warn(`${lost} local change(s) made while disconnected no longer apply to the server's document and were discarded`);
      this.opts.on_notice?.(`${lost} change${lost === 1 ? "" : "s"} made while offline no longer applied to the document and ${lost === 1 ? "was" : "were"} discarded`);
    }
  }

  async request_server_info(): Promise<ServerInfoReplyContent> {
    const reply = await this.request(create_message(MsgType.SERVER_INFO_REQ, {}));
    if (!is_msgtype(reply, MsgType.SERVER_INFO_REPLY)) throw new Error(`expected SERVER-INFO-REPLY, got ${reply.header.msgtype}`);
    return reply.content;
  }

  /** Send a request and resolve with its reply (rejects with ServerError on ERROR). */
  request(msg: Message, on_reply?: (reply: Message) => void): Promise<Message> {
    if (this.socket === null || this._state === "closed") return Promise.reject(new ConnectionClosed("not connected"));
    const p = this.requests.add(msg.header.msgid, msg.header.msgtype, on_reply);
    this.send(msg);
    return p;
  }

  private send(msg: Message): void {
    const socket = this.socket;
    if (socket === null) return;
    for (const frame of encode_message(msg)) socket.send(frame);
  }

  private send_patch(patch: LocalPatch): void {
    if (this._state !== "connected" || this.pulling > 0) {
      this.outbox.push(patch);
      this.warn(`local change queued while ${this._state}; it is sent when the connection is back`);
      return;
    }
    this.transmit(patch);
  }

  /** Send what waited for the connection (or for a pull), in order. */
  private flush_outbox(): void {
    if (this._state !== "connected" || this.pulling > 0 || this.outbox.length === 0) return;
    const waiting = this.outbox;
    this.outbox = [];
    for (const patch of waiting) this.transmit(patch);
  }

  private transmit(patch: LocalPatch): void {
    const msg = create_message(MsgType.PATCH_DOC, patch.content, { buffers: new Map(patch.buffers) });
    const msgid = msg.header.msgid;
    this.inflight.set(msgid, patch);
    this.replica.pending.sent(msgid, patch.events);
    // The OK is handled synchronously: batches right behind it were ordered after our edit.
    this.request(msg, (reply) => {
      this.inflight.delete(msgid);
      this.replica.pending.settled(msgid);
      const ok = read_patch_ok_meta(reply.metadata);
      this.replica.acknowledged(ok.version, ok.rest === true);
    }).then(
      () => this.resync_if_needed(),
      (e: unknown) => {
        if (!(e instanceof ServerError)) return; // connection lost: kept in flight, resolved on reconnect
        this.inflight.delete(msgid);
        this.replica.pending.settled(msgid);
        this.warn(`${e.message}; pulling the document again`);
        this.opts.on_notice?.(`the server refused a change: ${e.message}`);
        this.pull({ full: true }).catch((err: unknown) => this.warn(`re-pull failed: ${String(err)}`));
      },
    );
  }

  /** After a column race, pull once our own edits are settled (their order is the server's). */
  private resync_if_needed(): void {
    if (!this.replica.needs_resync || this.inflight.size > 0 || this._state !== "connected") return;
    this.replica.needs_resync = false;
    this.pull({ full: true }).catch((err: unknown) => this.warn(`resync failed: ${String(err)}`));
  }

  private handle(msg: Message): void {
    if (this.requests.settle(msg)) return;
    const t: MsgTypeName = msg.header.msgtype;
    switch (t) {
      case MsgType.PATCH_DOC: {
        const m = msg as Extract<Message, { header: { msgtype: "PATCH-DOC" } }>;
        let meta;
        try {
          meta = read_batch_meta(m.metadata);
        } catch (e) {
          this.warn(`bad server patch: ${e instanceof Error ? e.message : String(e)}; pulling again`);
          void this.pull({ full: true }).catch(() => undefined);
          return;
        }
        const viewers = meta.viewers;
        if (viewers !== undefined) {
          this.viewers = viewers;
          for (const cb of this.viewer_listeners) cb(viewers);
        }
        try {
          this.replica.apply_patch(m.content, m.buffers, meta.version);
          this.resync_if_needed();
        } catch (e) {
          this.warn(`cannot apply server patch: ${e instanceof Error ? e.message : String(e)}; pulling again`);
          void this.pull({ full: true }).catch(() => undefined);
        }
        return;
      }
      case MsgType.PULL_DOC_REPLY: {
        // Unsolicited: the server resynchronises us after we fell behind.
        const m = msg as Extract<Message, { header: { msgtype: "PULL-DOC-REPLY" } }>;
        let meta;
        try {
          meta = read_document_meta(m.metadata);
        } catch (e) {
          this.warn(`bad server document: ${e instanceof Error ? e.message : String(e)}; pulling again`);
          void this.pull({ full: true }).catch(() => undefined);
          return;
        }
        this.replica.load(m.content.doc, m.buffers, meta.version, meta.epoch);
        return;
      }
      case MsgType.ERROR:
        this.warn(`server error: ${(msg.content as { text: string }).text}`);
        return;
      case MsgType.ACK:
      case MsgType.OK:
      case MsgType.PULL_DOC_REQ:
      case MsgType.PUSH_DOC:
      case MsgType.SERVER_INFO_REQ:
      case MsgType.SERVER_INFO_REPLY:
        return;
      default: {
        const never: never = t;
        throw new Error(`unexpected msgtype ${String(never)}`);
      }
    }
  }

  private on_close(code: number, reason: string): void {
    this.socket = null;
    this.last_close = { code, reason };
    this.requests.reject_all(new ConnectionClosed(`${code} ${reason}`));
    if (this.first_ready !== null) {
      this.first_ready.reject(new ConnectionClosed(`${code} ${reason}`.trim()));
      this.first_ready = null;
      this.set_state("closed");
      return;
    }
    const r = this.opts.reconnect;
    if (this.closed_by_us || r === false || FINAL_CODES.has(code)) {
      if (!this.closed_by_us) this.warn(`connection closed: ${code} ${reason}`);
      this.set_state("closed");
      return;
    }
    this.attempts++;
    if (this.attempts > (r?.max_attempts ?? Infinity)) {
      this.set_state("closed");
      return;
    }
    const delay = Math.min((r?.initial_ms ?? 500) * 2 ** (this.attempts - 1), r?.max_ms ?? 30_000);
    this.warn(`connection lost (${code} ${reason}); reconnecting in ${delay} ms`);
    this.set_state("reconnecting");
    this.retry_timer = setTimeout(() => {
      this.retry_timer = null;
      this.first_ready = null;
      this.open();
    }, delay);
  }

  close(code = 1000, reason = ""): void {
    this.closed_by_us = true;
    if (this.retry_timer !== null) clearTimeout(this.retry_timer);
    this.retry_timer = null;
    const s = this.socket;
    if (s !== null) s.close(code, reason);
    else this.set_state("closed");
  }
}

function random_id(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
