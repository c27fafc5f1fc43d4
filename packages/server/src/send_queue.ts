/**
 * A connection's outgoing messages, bounded in bytes. Whole messages are handed to the
 * socket while fewer than `high_water` bytes are in flight (sent but not yet flushed to
 * the OS); the rest wait here. A push that would take queued + in-flight bytes past
 * `max_bytes` is refused, and the owner decides (resynchronise or close): memory per
 * connection never grows past max_bytes plus one message.
 */
import type { Frame } from "@dash/protocol";

/** What the queue needs of a socket: ws's send with a completion callback. */
export interface QueueSocket {
  send(data: Frame, cb?: (err?: Error) => void): void;
  /** Optional write batching: the frames of the messages sent between cork and uncork go out in one write. */
  cork?(): void;
  uncork?(): void;
}

export interface Outgoing {
  readonly frames: readonly Frame[];
  readonly bytes: number;
  /** PATCH-DOCs may be dropped when the connection is resynchronised; replies may not. */
  readonly droppable: boolean;
}

export function frames_bytes(frames: readonly Frame[]): number {
  let n = 0;
  for (const f of frames) n += typeof f === "string" ? Buffer.byteLength(f) : f.byteLength;
  return n;
}

export interface SendQueueOptions {
  readonly max_bytes: number;
  readonly high_water: number;
  /** Called when the last byte in flight is flushed and nothing is queued. */
  readonly on_drained?: () => void;
}

export class SendQueue {
  private queue: Outgoing[] = [];
  private queued_bytes = 0;
  private inflight_bytes = 0;
  private closed = false;
  /** Most bytes ever held (queued + in flight), for tests and stats. */
  peak = 0;
  sent_messages = 0;

  constructor(
    private readonly socket: QueueSocket,
    private readonly opts: SendQueueOptions,
  ) {}

  get buffered(): number {
    return this.queued_bytes + this.inflight_bytes;
  }
  get queued(): number {
    return this.queue.length;
  }
  /** Nothing queued and nothing in flight: a message of any size can be pushed now. */
  get drained(): boolean {
    return this.queue.length === 0 && this.inflight_bytes === 0;
  }

  /** Enqueue a message; false (and nothing kept) when it would pass the bound. */
  push(msg: Outgoing): boolean {
    if (this.closed) return true;
    if (this.buffered + msg.bytes > this.opts.max_bytes && this.buffered > 0) return false;
    this.queue.push(msg);
    this.queued_bytes += msg.bytes;
    if (this.buffered > this.peak) this.peak = this.buffered;
    this.pump();
    return true;
  }

  /** Forget queued (not yet handed over) droppable messages; returns how many bytes were freed. */
  drop_droppable(): number {
    const before = this.queued_bytes;
    this.queue = this.queue.filter((m) => !m.droppable);
    this.queued_bytes = this.queue.reduce((n, m) => n + m.bytes, 0);
    return before - this.queued_bytes;
  }

  close(): void {
    this.closed = true;
    this.queue = [];
    this.queued_bytes = 0;
  }

  private pump(): void {
    if (this.closed || this.queue.length === 0 || this.inflight_bytes >= this.opts.high_water) return;
    // A message is several websocket frames (header, metadata, content, buffers): one write, not one per frame.
    this.socket.cork?.();
    try {
      this.pump_corked();
    } finally {
      this.socket.uncork?.();
    }
  }

  private pump_corked(): void {
    while (!this.closed && this.queue.length > 0 && this.inflight_bytes < this.opts.high_water) {
      const msg = this.queue.shift()!;
      this.queued_bytes -= msg.bytes;
      this.inflight_bytes += msg.bytes;
      this.sent_messages++;
      const last = msg.frames.length - 1;
      msg.frames.forEach((frame, i) => {
        if (i < last) this.socket.send(frame);
        else this.socket.send(frame, () => this.flushed(msg.bytes));
      });
    }
  }

  private flushed(bytes: number): void {
    this.inflight_bytes -= bytes;
    if (this.closed) return;
    this.pump();
    if (this.drained) this.opts.on_drained?.();
  }
}
