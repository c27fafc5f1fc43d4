/**
 * A session's record of one of its connections: what the document sync knows about it
 * (the client it speaks for, the version it has, whether it counts as a viewer). The
 * connection itself only moves frames; this record decides which batches it gets.
 */
import type { PreparedMessage } from "@dash/protocol";
import type { ServerConnection } from "./connection.ts";
import type { FanoutTarget } from "./fanout.ts";
import type { PlainSync } from "./plain_sync.ts";

export class SessionPeer implements FanoutTarget {
  /** The client this connection speaks for (its client_id, stable across reconnects); origin of its edits. */
  origin: string;
  /** Version of the document this connection has; batches up to it are not sent. null before its pull. */
  pulled_version: number | null = null;
  /** Counted as a viewer (has pulled or resumed). */
  joined = false;
  /** Asked to be told the viewer count. */
  wants_viewers = false;
  /** Sent a client_id: it orders its own edits by the server's versions. Otherwise a plain Bokeh client. */
  speaks_dash = false;
  /** A plain client's convergence (see plain_sync.ts); set at its pull. */
  plain: PlainSync | null = null;

  constructor(readonly conn: ServerConnection) {
    this.origin = conn.id;
  }

  /** A document batch (PATCH-DOC) already prepared for fan-out; skipped when the client has it. */
  deliver_batch(version: number, prepared: PreparedMessage): void {
    if (this.pulled_version === null || version <= this.pulled_version) return;
    this.conn.deliver_batch(prepared);
  }
}
