import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, MsgType, type AppModule, type Document, type ServerConnection } from "@dash/server";
import { ided } from "./models.ts";
import { connect, sleep, start, type Running } from "./helpers.ts";

const ROWS = 2000; // 2 float64 columns: 32 kB of buffers per PATCH-DOC
const MAX = 256 * 1024;

const firehose: AppModule = {
  default: (doc: Document) => {
    const src = new ColumnDataSource(ided("src", { data: { x: new Float64Array(0), y: new Float64Array(0) } }));
    doc.add_root(src);
    let t = 0;
    doc.add_periodic_callback(() => {
      const x = new Float64Array(ROWS), y = new Float64Array(ROWS);
      for (let i = 0; i < ROWS; i++, t++) {
        x[i] = t;
        y[i] = Math.sin(t / 50);
      }
      src.stream({ x, y }, 5000);
    }, 5);
  },
};

function conn_of(r: Running, session_id: string): ServerConnection {
  return r.server.dash.managers.get("firehose")!.get(session_id)!.connection_list[0]!;
}

describe("bounded send queue", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ firehose }, { send_queue_max_bytes: MAX, send_high_water: 64 * 1024, slow_consumer_timeout: 20_000 });
  });
  afterAll(() => r.close());

  it("a client that stops reading is closed with a clear reason; server memory stays bounded", async () => {
    const c = await connect(r, "firehose", "stalled");
    await c.pull(); // a client that did not offer to be resynchronised
    const conn = conn_of(r, "stalled");
    c.ws.pause(); // never reads again (until the end)
    await c.until(() => conn.closed || undefined, 20_000);
    const msg_bytes = ROWS * 16 + 2048;
    expect(conn.stats.peak_buffered).toBeLessThanOrEqual(MAX + msg_bytes);
    expect(conn.stats.buffered).toBeLessThanOrEqual(64 * 1024 + msg_bytes); // only what the socket already holds
    c.ws.resume();
    const closed = await c.wait_closed(20_000);
    expect(closed.code).toBe(1008);
    expect(closed.reason).toContain("DASH_ERR_SLOW_CONSUMER");
  });

  it("a client that accepts resync gets a fresh document after it catches up, then patches again", async () => {
    const c = await connect(r, "firehose", "resync");
    await c.pull({ resync: true });
    const conn = conn_of(r, "resync");
    c.ws.pause();
    await c.until(() => conn.resync_pending || undefined, 20_000);
    expect(conn.stats.peak_buffered).toBeLessThanOrEqual(MAX + ROWS * 16 + 2048);
    await sleep(200); // keeps streaming meanwhile: batches are skipped, nothing queues
    expect(conn.stats.buffered).toBeLessThanOrEqual(MAX + ROWS * 16 + 2048);
    c.ws.resume();
    const fresh = await c.until(() => c.messages.find((m) => m.header.msgtype === MsgType.PULL_DOC_REPLY && m.metadata.resync === true), 20_000);
    expect(fresh.header.reqid).toBeUndefined();
    const v = fresh.metadata.version as number;
    const i = c.messages.indexOf(fresh);
    const after = await c.until(() => c.messages.slice(i + 1).find((m) => m.header.msgtype === MsgType.PATCH_DOC));
    expect(after.metadata.version).toBeGreaterThan(v);
    expect(conn.closed).toBe(false);
    expect(conn.stats.resyncs).toBe(1);
    c.close();
  });

  it("a client that keeps reading never overflows", async () => {
    const c = await connect(r, "firehose", "reader");
    await sleep(30); // the session streams before we pull: nothing may reach us until we have the document
    expect(c.of(MsgType.PATCH_DOC)).toHaveLength(0);
    const pulled = await c.pull({ resync: true });
    const conn = conn_of(r, "reader");
    await c.until(() => c.of(MsgType.PATCH_DOC).length >= 50);
    expect(c.of(MsgType.PATCH_DOC)[0]!.metadata.version).toBe((pulled.metadata.version as number) + 1);
    expect(conn.stats.resyncs).toBe(0);
    expect(conn.stats.dropped_batches).toBe(0);
    const versions = c.of(MsgType.PATCH_DOC).map((m) => m.metadata.version as number);
    for (let k = 1; k < versions.length; k++) expect(versions[k]).toBe(versions[k - 1]! + 1);
    c.close();
  });
});
