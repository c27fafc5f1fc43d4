import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgType, create_message } from "@dash/protocol";
import { ColumnDataSource, type AppModule, type Document } from "@dash/server";
import { ided } from "./models.ts";
import { connect, sleep, start, type Running } from "./helpers.ts";

const plain: AppModule = {
  // Test-only models edited by raw clients: these tests are about input limits, not the write policy.
  client_writes: "all",
  default: (doc: Document) => {
    doc.add_root(new ColumnDataSource(ided("src", { data: { x: [1, 2, 3] } })));
  },
};

/** An app whose first callback holds the document lock for a while: patches sent meanwhile wait in the connection's input queue. */
const busy: AppModule = {
  // Test-only models edited by raw clients: these tests are about input limits, not the write policy.
  client_writes: "all",
  default: (doc: Document) => {
    doc.add_root(new ColumnDataSource(ided("src", { data: { x: [1, 2, 3] } })));
    doc.add_next_tick_callback(async () => {
      await sleep(1500);
    });
  },
};

function info_req() {
  return create_message(MsgType.SERVER_INFO_REQ, {});
}

function patch(text_bytes = 0) {
  const events = [{ kind: "ModelChanged", model: { id: "src" }, attr: "tags", new: ["x".repeat(text_bytes)] }];
  return create_message(MsgType.PATCH_DOC, { events });
}

function warned(r: Running, code: string): boolean {
  return r.logs.some((l) => l.includes("closing connection") && l.includes(code));
}

describe("per-connection message rate", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ plain }, { websocket_max_message_rate: 10, websocket_message_burst: 20 });
  });
  afterAll(() => r.close());

  it("a client within its burst is answered and stays open", async () => {
    const c = await connect(r, "plain");
    for (let i = 0; i < 15; i++) c.send(info_req());
    await c.until(() => c.of(MsgType.SERVER_INFO_REPLY).length === 15 || undefined);
    expect(c.closed).toBeNull();
    c.close();
  });

  it("a client flooding past the bucket is closed with 1008 and DASH_ERR_RATE_LIMITED; others keep being served", async () => {
    const good = await connect(r, "plain");
    const bad = await connect(r, "plain");
    for (let i = 0; i < 200; i++) bad.send(info_req());
    const closed = await bad.wait_closed();
    expect(closed.code).toBe(1008);
    expect(closed.reason).toContain("DASH_ERR_RATE_LIMITED");
    expect(bad.of(MsgType.SERVER_INFO_REPLY).length).toBeLessThan(200);
    expect(warned(r, "DASH_ERR_RATE_LIMITED")).toBe(true);
    const reply = await good.request(info_req());
    expect(reply.header.msgtype).toBe(MsgType.SERVER_INFO_REPLY);
    good.close();
  });
});

describe("per-connection input queue", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ busy }, { websocket_max_message_rate: 0, websocket_max_queued_messages: 8, websocket_max_queued_bytes: 16 * 1024 });
  });
  afterAll(() => r.close());

  it("messages piling up behind the document lock past the count bound close the connection with DASH_ERR_INPUT_QUEUE_FULL", async () => {
    const c = await connect(r, "busy");
    for (let i = 0; i < 30; i++) c.send(patch());
    const closed = await c.wait_closed();
    expect(closed.code).toBe(1008);
    expect(closed.reason).toContain("DASH_ERR_INPUT_QUEUE_FULL");
    expect(warned(r, "DASH_ERR_INPUT_QUEUE_FULL")).toBe(true);
  });

  it("a few large messages waiting past the byte bound close the connection; a client that waits for its replies is served", async () => {
    const c = await connect(r, "busy");
    for (let i = 0; i < 3; i++) c.send(patch(10_000));
    const closed = await c.wait_closed();
    expect(closed.code).toBe(1008);
    expect(closed.reason).toMatch(/DASH_ERR_INPUT_QUEUE_FULL: \d+ bytes/);

    const polite = await connect(r, "busy");
    for (let i = 0; i < 12; i++) {
      const reply = await polite.request(patch(10_000));
      expect(reply.header.msgtype).toBe(MsgType.OK);
    }
    expect(polite.closed).toBeNull();
    polite.close();
  });
});

describe("websocket frame cap", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ plain }, { websocket_max_message_size: 64 * 1024 });
  });
  afterAll(() => r.close());

  it("a frame above the message cap is refused by the ws layer with 1009 and a log line naming DASH_ERR_PROTOCOL_TOO_LARGE", async () => {
    const c = await connect(r, "plain");
    c.ws.send("x".repeat(4 * 1024 * 1024));
    const closed = await c.wait_closed();
    expect(closed.code).toBe(1009);
    await sleep(50);
    expect(warned(r, "DASH_ERR_PROTOCOL_TOO_LARGE")).toBe(true);
    const after = await connect(r, "plain");
    expect((await after.request(info_req())).header.msgtype).toBe(MsgType.SERVER_INFO_REPLY);
    after.close();
  });
});
