/**
 * What one connection may make the server hold or do on its behalf: a token bucket on
 * the messages it sends (rate and burst) and a bound on the messages received but not yet
 * handled (count and bytes). `admit()` answers whether one more message fits, and if not,
 * which DASH_ERR_* code and reason the connection is closed with. Pure bookkeeping: no
 * sockets, no timers (the bucket refills from the clock when asked).
 */
import { ErrorCode } from "@dash/protocol";

export interface InputLimitOptions {
  /** Messages waiting to be handled, at most. */
  readonly max_queued_messages: number;
  /** Bytes (as received) of messages waiting to be handled, at most; a lone message is always admitted (its size is bounded by max_message_size). */
  readonly max_queued_bytes: number;
  /** Sustained messages per second; 0 disables the bucket. */
  readonly message_rate: number;
  /** Bucket size: messages a client may send at once above the rate. */
  readonly message_burst: number;
}

export interface Refusal {
  readonly code: typeof ErrorCode.RATE_LIMITED | typeof ErrorCode.INPUT_QUEUE_FULL;
  readonly reason: string;
}

/** A token bucket (a dozen lines; not worth a dependency). */
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly rate: number, private readonly burst: number, private readonly now: () => number = performance.now.bind(performance)) {
    this.tokens = burst;
    this.last = now();
  }
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) * this.rate) / 1000);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export class InputLimits {
  private readonly bucket: TokenBucket | null;
  private queued = 0;
  private queued_bytes = 0;

  constructor(private readonly opts: InputLimitOptions, now?: () => number) {
    this.bucket = opts.message_rate > 0 ? new TokenBucket(opts.message_rate, opts.message_burst, now) : null;
  }

  get waiting(): { messages: number; bytes: number } {
    return { messages: this.queued, bytes: this.queued_bytes };
  }

  /** One more message of `bytes` arrived: null when it may queue (and it is counted), else why not. */
  admit(bytes: number): Refusal | null {
    const o = this.opts;
    if (this.bucket !== null && !this.bucket.take()) {
      return { code: ErrorCode.RATE_LIMITED, reason: `more than ${o.message_rate} messages/s (burst ${o.message_burst})` };
    }
    if (this.queued + 1 > o.max_queued_messages) {
      return { code: ErrorCode.INPUT_QUEUE_FULL, reason: `${this.queued} messages already waiting to be handled (limit ${o.max_queued_messages})` };
    }
    if (this.queued > 0 && this.queued_bytes + bytes > o.max_queued_bytes) {
      return { code: ErrorCode.INPUT_QUEUE_FULL, reason: `${this.queued_bytes + bytes} bytes waiting to be handled (limit ${o.max_queued_bytes})` };
    }
    this.queued++;
    this.queued_bytes += bytes;
    return null;
  }

  /** A message admitted earlier has been handled. */
  done(bytes: number): void {
    this.queued--;
    this.queued_bytes -= bytes;
  }
}
