import { describe, it, expect } from "vitest";
import type { FastifyBaseLogger } from "fastify";
import { MsgType, prepare_message, type Frame } from "@dash/protocol";
import { ServerConnection, type ServerSocket } from "./connection.ts";

/** A socket whose writes complete only when the test says so (a client reading slowly). */
class SlowSocket implements ServerSocket {
  readonly pending: Array<() => void> = [];
  closed: { code?: number; reason?: string } | null = null;
  send(_data: Frame, cb?: (err?: Error) => void): void {
    if (cb !== undefined) this.pending.push(() => cb());
  }
  close(code?: number, reason?: string): void {
    this.closed = { code, reason };
  }
  ping(): void {}
  flush_one(): void {
    this.pending.shift()?.();
  }
}

const quiet = { info() {}, warn() {}, error() {}, debug() {}, trace() {}, fatal() {}, child: () => quiet } as unknown as FastifyBaseLogger;

function connection(socket: SlowSocket, resync: () => void): ServerConnection {
  const opts = {
    max_message_size: 1 << 20, send_queue_max_bytes: 4000, send_high_water: 2500, keep_alive: 0, slow_consumer_timeout: 60_000,
    max_queued_messages: 100, max_queued_bytes: 1 << 20, message_rate: 0, message_burst: 0,
  };
  const conn = new ServerConnection(socket, opts, { message: async () => {}, resync, closed: () => {} }, quiet);
  conn.can_resync = true;
  return conn;
}

/** A PATCH-DOC-sized message of about `bytes` bytes. */
const batch = (bytes: number) => prepare_message(MsgType.PATCH_DOC, { events: [{ kind: "MessageSent", msg_type: "x", msg_data: "y".repeat(bytes) }] } as never);

/** A connection that overflowed and whose client then read everything: the session has been asked for a fresh document. */
function overflowed_and_drained(): { socket: SlowSocket; conn: ServerConnection; asked: () => number } {
  const socket = new SlowSocket();
  let asked = 0;
  const conn = connection(socket, () => asked++);
  for (let i = 0; i < 6; i++) conn.deliver_batch(batch(900));
  while (socket.pending.length > 0) socket.flush_one();
  return { socket, conn, asked: () => asked };
}

describe("ServerConnection resync", () => {
  it("asks for a fresh document only once every byte in flight is flushed, so a document near the bound does not close a slow reader", () => {
    const socket = new SlowSocket();
    let resyncs = 0;
    const conn = connection(socket, () => resyncs++);
    for (let i = 0; i < 6; i++) conn.deliver_batch(batch(900)); // passes 4000 bytes: dropped, resync pending
    expect(conn.resync_pending).toBe(true);
    expect(conn.dropped_batches).toBeGreaterThan(0);
    // Below high water but still in flight: not yet.
    while (socket.pending.length > 1) socket.flush_one();
    expect(resyncs).toBe(0);
    socket.flush_one();
    expect(resyncs).toBe(1);
    // The fresh document (close to the bound) goes out whole on the drained queue.
    conn.send_fresh_document(batch(3900));
    expect(socket.closed).toBeNull();
    expect(conn.resync_pending).toBe(false);
    expect(conn.resyncs).toBe(1);
  });

  it("skips batches while the session builds the fresh document, so the document still finds the queue empty", () => {
    const { socket, conn, asked } = overflowed_and_drained();
    expect(asked()).toBe(1);
    // The document is built asynchronously: batches arriving meanwhile are skipped (it holds them).
    const dropped = conn.dropped_batches;
    conn.deliver_batch(batch(900));
    conn.deliver_batch(batch(900));
    expect(conn.dropped_batches).toBe(dropped + 2);
    expect(socket.pending.length).toBe(0);
    conn.send_fresh_document(batch(3900));
    expect(socket.closed).toBeNull();
    expect(conn.resyncs).toBe(1);
    // Batches flow again once it is queued.
    socket.flush_one();
    conn.deliver_batch(batch(100));
    expect(socket.pending.length).toBe(1);
  });

  it("a fresh document that no longer fits (replies queued while it was built) starts the cycle again instead of closing", () => {
    const { socket, conn, asked } = overflowed_and_drained();
    expect(asked()).toBe(1);
    conn.send_prepared(batch(900)); // a reply, sent while the document is being built
    conn.send_fresh_document(batch(3900));
    expect(socket.closed).toBeNull();
    expect(conn.resyncs).toBe(0);
    expect(conn.resync_pending).toBe(true);
    expect(asked()).toBe(1);
    socket.flush_one(); // the reply is read: the session is asked for a newer document
    expect(asked()).toBe(2);
    conn.send_fresh_document(batch(3900));
    expect(conn.resyncs).toBe(1);
    expect(socket.closed).toBeNull();
  });

  it("a client that never reads is still closed as a slow consumer when a reply cannot fit", () => {
    const socket = new SlowSocket();
    const conn = connection(socket, () => {});
    conn.can_resync = false;
    for (let i = 0; i < 6; i++) conn.send_prepared(batch(900));
    expect(socket.closed?.code).toBe(1008);
    expect(socket.closed?.reason).toMatch(/DASH_ERR_SLOW_CONSUMER/);
  });
});
