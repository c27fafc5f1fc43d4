import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, MsgType, create_message, encode_message, type AppModule, type Document } from "@dash/server";
import { Knob, ided } from "./models.ts";
import { RawClient, connect, events_of, sleep, start, type Running } from "./helpers.ts";

const app: AppModule = {
  // These tests exercise the protocol with arbitrary valid changes, not the page UI.
  client_writes: "all",
  default: (doc: Document) => {
    doc.add_root(new Knob(ided("knob", { value: 1, label: "k" })));
    doc.add_root(new ColumnDataSource(ided("cds", { data: { x: new Float64Array([1, 2]) } })));
  },
};

function model_changed(id: string, attr: string, value: unknown) {
  return create_message(MsgType.PATCH_DOC, { events: [{ kind: "ModelChanged", model: { id }, attr, new: value }] });
}

describe("websocket protocol", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ app }, { websocket_max_message_size: 64 * 1024 });
  });
  afterAll(() => r.close());

  it("ACK on open, PULL-DOC-REQ -> PULL-DOC-REPLY with {version}", async () => {
    const c = await connect(r, "app");
    expect(c.messages[0]!.header.msgtype).toBe(MsgType.ACK);
    const reply = await c.pull();
    expect(reply.header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    expect(typeof reply.metadata.version).toBe("number");
    const doc = (reply.content as { doc: { roots: Array<{ id: string }> } }).doc;
    expect(doc.roots.map((x) => x.id)).toEqual(["knob", "cds"]);
    expect(reply.buffers.size).toBe(1); // the float64 column travels as a binary buffer
    c.close();
  });

  it("SERVER-INFO-REQ -> SERVER-INFO-REPLY", async () => {
    const c = await connect(r, "app");
    const reply = await c.request(create_message(MsgType.SERVER_INFO_REQ, {}));
    expect(reply.header.msgtype).toBe(MsgType.SERVER_INFO_REPLY);
    expect((reply.content as { version_info: { bokeh: string } }).version_info.bokeh).toMatch(/^3\./);
    c.close();
  });

  it("PATCH-DOC -> OK with the version; other connections get it, the sender does not", async () => {
    const id = "shared-patch";
    const a = await connect(r, "app", id);
    const b = await connect(r, "app", id);
    const pa = await a.pull();
    await b.pull();
    const ok = await a.request(model_changed("knob", "value", 42));
    expect(ok.header.msgtype).toBe(MsgType.OK);
    expect(ok.metadata.version).toBe((pa.metadata.version as number) + 1);
    const patch = await b.next(MsgType.PATCH_DOC);
    expect(patch.metadata.version).toBe(ok.metadata.version);
    expect(events_of(patch)).toEqual([{ kind: "ModelChanged", model: { id: "knob" }, attr: "value", new: 42 }]);
    const session = r.server.dash.managers.get("app")!.get(id)!;
    expect((session.document.get_model_by_id("knob") as Knob).value).toBe(42);
    await sleep(50);
    expect(a.of(MsgType.PATCH_DOC)).toHaveLength(0);
    a.close();
    b.close();
  });

  it("a patch the server cannot apply gets ERROR naming the problem; document unchanged, connection open", async () => {
    const id = "bad-patch";
    const c = await connect(r, "app", id);
    await c.pull();
    const session = r.server.dash.managers.get("app")!.get(id)!;
    const v0 = session.document.version;
    const bad_value = await c.request(create_message(MsgType.PATCH_DOC, {
      events: [
        { kind: "ModelChanged", model: { id: "knob" }, attr: "label", new: "ok" },
        { kind: "ModelChanged", model: { id: "knob" }, attr: "value", new: "not a number" },
      ],
    }));
    expect(bad_value.header.msgtype).toBe(MsgType.ERROR);
    expect((bad_value.content as { text: string }).text).toMatch(/DASH_ERR_BAD_VALUE.*DashTestKnob\.value/);
    const unknown_attr = await c.request(model_changed("knob", "nope", 1));
    expect((unknown_attr.content as { text: string }).text).toContain("DASH_ERR_UNKNOWN_ATTRIBUTE");
    const unknown_model = await c.request(model_changed("missing", "value", 1));
    expect(unknown_model.header.msgtype).toBe(MsgType.ERROR);
    const bad_kind = await c.request(create_message(MsgType.PATCH_DOC, { events: [{ kind: "Bogus" }] }));
    expect((bad_kind.content as { text: string }).text).toContain("DASH_ERR_BAD_EVENT");
    const from_client = await c.request(create_message(MsgType.OK, {}));
    expect((from_client.content as { text: string }).text).toContain("may not send OK");
    expect(session.document.version).toBe(v0);
    expect((session.document.get_model_by_id("knob") as Knob).label).toBe("k");
    // still open and working
    const ok = await c.request(model_changed("knob", "value", 7));
    expect(ok.header.msgtype).toBe(MsgType.OK);
    expect(c.closed).toBeNull();
    c.close();
  });

  it("PUSH-DOC replaces the document -> OK; other connections see RootRemoved/RootAdded", async () => {
    const id = "push";
    const a = await connect(r, "app", id);
    const b = await connect(r, "app", id);
    await a.pull();
    await b.pull();
    const doc = { version: "3.10.0", title: "pushed", roots: [{ type: "object", name: "DashTestKnob", id: "newknob", attributes: { value: 5 } }] };
    const ok = await a.request(create_message(MsgType.PUSH_DOC, { doc }));
    expect(ok.header.msgtype).toBe(MsgType.OK);
    const session = r.server.dash.managers.get("app")!.get(id)!;
    expect(session.document.roots.map((m) => m.id)).toEqual(["newknob"]);
    expect(session.document.title).toBe("pushed");
    const patch = await b.next(MsgType.PATCH_DOC);
    expect(events_of(patch).map((e) => e.kind)).toEqual(["RootRemoved", "RootRemoved", "TitleChanged", "RootAdded"]);
    const bad = await a.request(create_message(MsgType.PUSH_DOC, { doc: { roots: [{ type: "object", name: "NoSuchModel", id: "x" }] } }));
    expect(bad.header.msgtype).toBe(MsgType.ERROR);
    expect(session.document.roots.map((m) => m.id)).toEqual(["newknob"]);
    a.close();
    b.close();
  });

  it("a malformed frame sequence closes the connection with 1002 and a reason", async () => {
    const c = await connect(r, "app");
    c.ws.send("this is not json");
    expect(await c.wait_closed()).toMatchObject({ code: 1002, reason: expect.stringContaining("DASH_ERR_PROTOCOL_BAD_JSON") });
    const d = await connect(r, "app");
    d.ws.send(Buffer.from([1, 2, 3])); // binary where a header is expected
    expect(await d.wait_closed()).toMatchObject({ code: 1002, reason: expect.stringContaining("DASH_ERR_PROTOCOL_EXPECTED_TEXT") });
    const e = await connect(r, "app");
    const frames = encode_message(create_message(MsgType.PATCH_DOC, { events: [] }));
    e.send_frames([frames[0]!, frames[1]!, JSON.stringify({ nope: 1 })]); // content without events
    expect(await e.wait_closed()).toMatchObject({ code: 1002, reason: expect.stringContaining("DASH_ERR_PROTOCOL_BAD_CONTENT") });
  });

  it("an oversize message closes the connection with 1009", async () => {
    const c = await connect(r, "app");
    const big = new Float64Array(5000); // 40 kB in one buffer, 40 kB more in the next: > 64 kB in total
    const buffers = new Map([["0", new Uint8Array(big.buffer)], ["1", new Uint8Array(big.buffer)]]);
    c.send(create_message(MsgType.PATCH_DOC, { events: [] }, { buffers }));
    expect((await c.wait_closed()).code).toBe(1009);
    const d = await connect(r, "app");
    d.ws.send(Buffer.alloc(100 * 1024)); // one frame over ws maxPayload
    expect((await d.wait_closed()).code).toBe(1009);
  });
});
