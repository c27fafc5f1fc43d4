import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, MsgType, load_app } from "@dash/server";
import { pull_session } from "@dash/client/node";
import { start_feed_server, type Feed } from "../../examples/feed_server.ts";
import { connect, events_of, sleep, start, type Running } from "./helpers.ts";

describe("websocket_feed example", () => {
  let feed: Feed;
  let r: Running;
  beforeAll(async () => {
    feed = await start_feed_server({ port: 0, interval_ms: 20, rows: 5 });
    process.env.DASH_FEED_URL = feed.url;
    const app = await load_app("examples/websocket_feed.ts");
    r = await start({ websocket_feed: app }, { unused_session_lifetime: 50, check_unused_sessions: 50 });
  });
  afterAll(async () => {
    await r.close();
    await feed.close();
    delete process.env.DASH_FEED_URL;
  });

  it("streams feed ticks into a ColumnDataSource; clients get ColumnsStreamed with binary buffers", async () => {
    const c = await connect(r, "websocket_feed", "feed1");
    await c.pull();
    const patch = await c.next(MsgType.PATCH_DOC);
    const ev = events_of(patch)[0]!;
    expect(ev.kind).toBe("ColumnsStreamed");
    expect(ev.rollover).toBe(2000);
    expect(patch.header.num_buffers).toBe(2);
    expect([...patch.buffers.values()].every((b) => b.byteLength % 8 === 0 && b.byteLength > 0)).toBe(true);

    const s = await pull_session({ url: r.url("websocket_feed"), session_id: "feed1" });
    const src = s.document.get_model_by_name("ticks") as ColumnDataSource;
    const n = src.length;
    await c.until(() => src.length >= n + 10 || undefined);
    expect(src.data.price).toBeInstanceOf(Float64Array);
    expect(src.data.t!.length).toBe(src.data.price!.length);
    await s.close();
    c.close();
  });

  it("the feed socket closes when the session is discarded", async () => {
    // Start from a quiet feed: the previous test's session is discarded (lifetime 50 ms)
    // and its feed socket closed, so the count below is this session's alone.
    const manager = r.server.dash.managers.get("websocket_feed")!;
    for (let i = 0; i < 400 && (manager.count > 0 || feed.clients() > 0); i++) await sleep(25);
    expect(feed.clients()).toBe(0);
    const c = await connect(r, "websocket_feed", "feed2");
    await c.pull();
    await c.until(() => feed.clients() > 0 || undefined);
    c.close();
    await c.until(() => (manager.get("feed2") === undefined && feed.clients() === 0) || undefined);
    expect(feed.clients()).toBe(0);
  });
});
