/**
 * One websocket connection of a session: frames in through the Receiver, messages out
 * through a bounded SendQueue, keep-alive pings, close codes. It knows nothing about
 * documents; the protocol handler and the session drive it.
 */
import {
  ErrorCode,
  MsgType,
  ProtocolError,
  Receiver,
  create_message,
  encode_message,
  encode_prepared,
  type ErrorContent,
  type Fragment,
  type Frame,
  type Message,
  type PreparedMessage,
} from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import { InputLimits, type InputLimitOptions } from "./input_limits.ts";
import { SendQueue, frames_bytes } from "./send_queue.ts";

/** What a connection needs of its socket (ws's WebSocket fits). */
export interface ServerSocket {
  send(data: Frame, cb?: (err?: Error) => void): void;
  close(code?: number, reason?: string): void;
  /** A websocket ping (its pong comes back through ServerConnection.pong). */
  ping(payload?: string): void;
  cork?(): void;
  uncork?(): void;
}

/** ws's WebSocket as a ServerSocket, with write batching through its TCP socket. */
export function corking(ws: {
  send(data: Frame, cb?: (err?: Error) => void): void;
  close(code?: number, reason?: string): void;
  ping(data?: string): void;
  terminate(): void;
  _socket?: { cork(): void; uncork(): void };
}): ServerSocket & { terminate(): void } {
  return {
    send: (data, cb) => ws.send(data, cb),
    terminate: () => ws.terminate(),
    close: (code, reason) => ws.close(code, reason),
    ping: (payload) => ws.ping(payload),
    cork: () => ws._socket?.cork(),
    uncork: () => ws._socket?.uncork(),
  };
}

export const CloseCode = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  POLICY: 1008,
  TOO_BIG: 1009,
  INTERNAL: 1011,
  TRY_AGAIN_LATER: 1013,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export interface ConnectionOptions extends InputLimitOptions {
  readonly max_message_size: number;
  readonly send_queue_max_bytes: number;
  readonly send_high_water: number;
  readonly keep_alive: number;
  readonly slow_consumer_timeout: number;
}

export interface ConnectionEvents {
  /** A complete message arrived (called in order; the next waits for the returned promise). */
  message(conn: ServerConnection, msg: Message): Promise<void>;
  /** The send queue overflowed and then drained: the connection wants a fresh document. */
  resync(conn: ServerConnection): void;
  closed(conn: ServerConnection): void;
}

/** Close reasons are limited to 123 bytes by the websocket protocol. */
export function close_reason(text: string): string {
  if (Buffer.byteLength(text) <= 123) return text;
  let s = text.slice(0, 120);
  while (Buffer.byteLength(s) > 120) s = s.slice(0, -1);
  return s + "...";
}

let next_conn = 1;

export class ServerConnection {
  readonly id = `c${next_conn++}`;
  private readonly receiver: Receiver;
  private readonly queue: SendQueue;
  private chain: Promise<void> = Promise.resolve();
  private readonly limits: InputLimits;
  /** Bytes of the message being assembled (its frames so far). */
  private partial_bytes = 0;
  private ping_timer: ReturnType<typeof setInterval> | null = null;
  private stall_timer: ReturnType<typeof setTimeout> | null = null;
  private _closed = false;
  /** Its token opted in to binary buffers in PULL-DOC-REPLY (BINARY_PULL_CLAIM); others get arrays inline, as Bokeh 3.6 sends them. */
  binary_pull = false;
  /** The client said (PULL-DOC-REQ metadata `resync: true`) that it accepts unsolicited fresh documents. */
  can_resync = false;
  /** Overflowed; PATCH-DOCs are skipped until the fresh document is queued (the document holds them). */
  resync_pending = false;
  /** The session was asked for the fresh document and has not handed it over yet (it is built asynchronously). */
  private resync_asked = false;
  resyncs = 0;
  dropped_batches = 0;
  /** Told of every pong (the session's record of this connection probes with pings). */
  on_pong: ((payload: string) => void) | null = null;

  constructor(
    private readonly socket: ServerSocket,
    private readonly opts: ConnectionOptions,
    private readonly events: ConnectionEvents,
    readonly log: FastifyBaseLogger,
  ) {
    this.receiver = new Receiver({ max_message_size: opts.max_message_size });
    this.limits = new InputLimits(opts);
    this.queue = new SendQueue(socket, {
      max_bytes: opts.send_queue_max_bytes,
      high_water: opts.send_high_water,
      on_drained: () => this.resync_if_pending(),
    });
    if (opts.keep_alive > 0) {
      this.ping_timer = setInterval(() => {
        try {
          this.socket.ping();
        } catch {
          // closing
        }
      }, opts.keep_alive);
      this.ping_timer.unref?.();
    }
  }

  get closed(): boolean {
    return this._closed;
  }
  get stats(): {
    peak_buffered: number;
    buffered: number;
    resyncs: number;
    dropped_batches: number;
    sent_messages: number;
    input_waiting: { messages: number; bytes: number };
  } {
    return {
      input_waiting: this.limits.waiting,
      peak_buffered: this.queue.peak,
      buffered: this.queue.buffered,
      resyncs: this.resyncs,
      dropped_batches: this.dropped_batches,
      sent_messages: this.queue.sent_messages,
    };
  }

  /** Feed one received frame. Protocol errors close the connection with a reason. */
  receive(fragment: Fragment): void {
    if (this._closed) return;
    let msg: Message | null;
    try {
      msg = this.receiver.consume(fragment);
    } catch (e) {
      this.partial_bytes = 0;
      if (e instanceof ProtocolError) {
        this.log.warn({ conn: this.id, code: e.code }, `closing connection: ${e.message}`);
        this.close(e.code === ErrorCode.PROTOCOL_TOO_LARGE ? CloseCode.TOO_BIG : CloseCode.PROTOCOL_ERROR, `${e.code}: ${e.message}`);
        return;
      }
      throw e;
    }
    this.partial_bytes += typeof fragment === "string" ? Buffer.byteLength(fragment) : fragment.byteLength;
    if (msg === null) return;
    const m = msg;
    const bytes = this.partial_bytes;
    this.partial_bytes = 0;
    // Messages are handled one at a time; what waits meanwhile is bounded, and so is the rate.
    const refused = this.limits.admit(bytes);
    if (refused !== null) {
      this.log.warn({ conn: this.id, code: refused.code, ...this.limits.waiting }, `closing connection: ${refused.reason}`);
      this.close(CloseCode.POLICY, `${refused.code}: ${refused.reason}`);
      return;
    }
    this.chain = this.chain
      .then(() => (this._closed ? undefined : this.events.message(this, m)))
      .catch((e: unknown) => {
        this.log.error({ conn: this.id, err: e }, "message handler failed");
      })
      .finally(() => this.limits.done(bytes));
  }

  /** A ping whose pong (with the same payload) comes back through on_pong. */
  probe(payload: string): void {
    if (this._closed) return;
    try {
      this.socket.ping(payload);
    } catch {
      // closing
    }
  }

  pong(payload: string): void {
    if (!this._closed) this.on_pong?.(payload);
  }

  /** Requests, replies and documents: always queued (a client flooding requests without reading is closed). */
  send(msg: Message): void {
    this.push(encode_message(msg), false);
  }

  send_prepared(prepared: PreparedMessage, reqid?: string): void {
    this.push(encode_prepared(prepared, { reqid }), false);
  }

  send_error(reqid: string, text: string): void {
    const content: ErrorContent = { text, traceback: null };
    this.send(create_message(MsgType.ERROR, content, { reqid }));
  }

  /** A document batch (PATCH-DOC) already prepared for fan-out (the session decides which ones). */
  deliver_batch(prepared: PreparedMessage): void {
    if (this._closed) return;
    if (this.resync_pending) {
      this.dropped_batches++;
      return;
    }
    this.push(encode_prepared(prepared), true);
  }

  private push(frames: Frame[], droppable: boolean): void {
    if (this._closed) return;
    const bytes = frames_bytes(frames);
    if (this.queue.push({ frames, bytes, droppable })) return;
    this.overflow(bytes, droppable);
  }

  private overflow(bytes: number, droppable: boolean): void {
    const bound = this.opts.send_queue_max_bytes;
    if (!droppable || !this.can_resync) {
      this.log.warn({ conn: this.id, buffered: this.queue.buffered, bound }, "slow consumer: closing connection");
      this.close(CloseCode.POLICY, `${ErrorCode.SLOW_CONSUMER}: client is not reading; send queue passed ${bound} bytes`);
      return;
    }
    this.dropped_batches++;
    if (this.resync_pending) return;
    this.log.info({ conn: this.id, bytes }, "slow consumer: queue dropped, will resynchronise");
    this.request_resync();
  }

  /**
   * Replace what this connection was sent, or missed, by a fresh document: queued batches
   * are dropped and later ones skipped until the document is queued. The stall timer closes
   * a client that does not read meanwhile.
   */
  request_resync(): void {
    if (this._closed || this.resync_pending) return;
    this.resync_pending = true;
    this.queue.drop_droppable();
    this.await_drain();
  }

  /** Ask for the document once the queue drains; close the client if it does not read meanwhile. */
  private await_drain(): void {
    if (this.stall_timer !== null) clearTimeout(this.stall_timer);
    this.stall_timer = setTimeout(() => {
      this.close(CloseCode.POLICY, `${ErrorCode.SLOW_CONSUMER}: client stalled for ${this.opts.slow_consumer_timeout} ms`);
    }, this.opts.slow_consumer_timeout);
    this.resync_if_pending();
  }

  /**
   * The session is asked for the fresh document only once everything before it is flushed:
   * pushed onto a queue that still holds bytes in flight, a document near the bound would
   * overflow and close a client that is reading, only slowly.
   */
  private resync_if_pending(): void {
    if (!this.resync_pending || this.resync_asked || this._closed || !this.queue.drained) return;
    if (this.stall_timer !== null) clearTimeout(this.stall_timer);
    this.stall_timer = null;
    this.resync_asked = true;
    this.events.resync(this);
  }

  /**
   * The session's fresh document (an unsolicited PULL-DOC-REPLY). Batches stay skipped until
   * it is queued: the session builds it asynchronously, and batches queued in that gap would
   * leave it no room. When replies queued meanwhile still leave no room, the cycle starts
   * again (wait for the queue to drain, ask for a newer document); the client is not closed.
   */
  send_fresh_document(prepared: PreparedMessage): void {
    if (this._closed) return;
    this.resync_asked = false;
    const frames = encode_prepared(prepared);
    const bytes = frames_bytes(frames);
    if (this.queue.push({ frames, bytes, droppable: false })) {
      this.resync_pending = false;
      this.resyncs++;
      return;
    }
    if (this.can_resync) this.await_drain();
    else this.overflow(bytes, false);
  }

  close(code: CloseCode = CloseCode.NORMAL, reason = ""): void {
    if (this._closed) return;
    try {
      this.socket.close(code, close_reason(reason));
    } catch {
      // already gone
    }
    this.closed_by_peer();
  }

  /** The socket closed (either side): stop timers and drop the queue. */
  closed_by_peer(): void {
    if (this._closed) return;
    this._closed = true;
    this.queue.close();
    if (this.ping_timer !== null) clearInterval(this.ping_timer);
    if (this.stall_timer !== null) clearTimeout(this.stall_timer);
    this.receiver.reset();
    this.on_pong = null;
    this.events.closed(this);
  }
}
