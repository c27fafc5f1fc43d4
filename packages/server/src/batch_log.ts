/**
 * The bounded log of recent batches, so a client that reconnects can resume from the last
 * version it saw instead of pulling the whole document. Bounded by entry count and bytes;
 * when it no longer reaches back far enough, the client gets a fresh document.
 */
import type { PreparedMessage } from "@dash/protocol";

export interface LoggedBatch {
  readonly version: number;
  /** The batch as every non-origin connection got it. */
  readonly full: PreparedMessage;
  /** Which clients' edits are in it (they get a subset). */
  readonly origins: ReadonlySet<string>;
  readonly bytes: number;
  /** What a client whose edits are in the batch gets: the rest (null when nothing is left). */
  subset(origin: string): PreparedMessage | null;
}

export interface BatchLogOptions {
  readonly max_batches: number;
  readonly max_bytes: number;
}

export function prepared_bytes(p: PreparedMessage): number {
  let n = p.content_json.length + p.metadata_json.length;
  for (const f of p.buffer_frames) n += typeof f === "string" ? f.length : f.byteLength;
  return n;
}

export class BatchLog {
  private entries: LoggedBatch[] = [];
  private head = 0;
  private total = 0;

  constructor(readonly opts: BatchLogOptions) {}

  get size(): number {
    return this.entries.length - this.head;
  }
  get bytes(): number {
    return this.total;
  }
  /** Oldest version still logged (null when empty). */
  get oldest(): number | null {
    return this.size === 0 ? null : this.entries[this.head]!.version;
  }

  add(entry: LoggedBatch): void {
    this.entries.push(entry);
    this.total += entry.bytes;
    while (this.size > 1 && (this.size > this.opts.max_batches || this.total > this.opts.max_bytes)) {
      this.total -= this.entries[this.head]!.bytes;
      this.entries[this.head++] = undefined as unknown as LoggedBatch;
    }
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
  }

  /**
   * Batches after `since` up to `current`, or null when the log no longer covers them all
   * (the caller then sends the whole document).
   */
  since(since: number, current: number): LoggedBatch[] | null {
    if (since === current) return [];
    if (since > current) return null;
    const oldest = this.oldest;
    if (oldest === null || oldest > since + 1) return null;
    const out: LoggedBatch[] = [];
    for (let i = this.head; i < this.entries.length; i++) {
      const e = this.entries[i]!;
      if (e.version > since) out.push(e);
    }
    // Versions are consecutive per document; a gap means something was never logged.
    for (let i = 0; i < out.length; i++) if (out[i]!.version !== since + 1 + i) return null;
    return out;
  }

  /** Start over from `entries` (consecutive versions, oldest first), e.g. history read back from a broker. */
  reset(entries: readonly LoggedBatch[]): void {
    this.clear();
    for (const e of entries) this.add(e);
  }

  clear(): void {
    this.entries = [];
    this.head = 0;
    this.total = 0;
  }
}
