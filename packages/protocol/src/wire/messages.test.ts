import { describe, expect, it } from "vitest";
import { MsgType, create_message, is_msgtype, is_msgtype_name, next_msgid, type Message } from "./messages.ts";

describe("create_message", () => {
  it("gives every message a distinct string msgid", () => {
    const ids = new Set<string>();
    for (let i = 0; i < 1000; i++) ids.add(create_message(MsgType.ACK, {}).header.msgid);
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(typeof id).toBe("string");
    expect(next_msgid()).not.toBe(next_msgid());
  });

  it("omits num_buffers and reqid when not needed", () => {
    const msg = create_message(MsgType.OK, {});
    expect(Object.keys(msg.header).sort()).toEqual(["msgid", "msgtype"]);
    expect(msg.metadata).toEqual({});
    expect(msg.buffers.size).toBe(0);
    const empty = create_message(MsgType.OK, {}, { buffers: new Map() });
    expect("num_buffers" in empty.header).toBe(false);
  });

  it("sets num_buffers to the buffer count and keeps the caller's map and reqid", () => {
    const buffers = new Map([["a", new Uint8Array([1])], ["b", new Uint8Array([2])]]);
    const msg = create_message(MsgType.PATCH_DOC, { events: [] }, { reqid: "r1", buffers, metadata: { m: 1 } });
    expect(msg.header).toMatchObject({ msgtype: "PATCH-DOC", reqid: "r1", num_buffers: 2 });
    expect(msg.buffers).toBe(buffers);
    expect(msg.metadata).toEqual({ m: 1 });
  });
});

describe("msgtype helpers", () => {
  it("recognises exactly the Bokeh message type strings", () => {
    expect(is_msgtype_name("PULL-DOC-REQ")).toBe(true);
    expect(is_msgtype_name("PULL_DOC_REQ")).toBe(false);
    expect(is_msgtype_name("toString")).toBe(false);
    expect(is_msgtype_name(3)).toBe(false);
  });

  it("narrows a Message by msgtype with is_msgtype", () => {
    const msg: Message = create_message(MsgType.PATCH_DOC, { events: [1, 2] });
    if (is_msgtype(msg, MsgType.PATCH_DOC)) {
      expect(msg.content.events.length).toBe(2); // type-checks only if narrowed
    } else {
      expect.unreachable();
    }
    expect(is_msgtype(msg, MsgType.ACK)).toBe(false);
  });
});
