import { describe, expect, it } from "vitest";
import { DashError, ErrorCode } from "../errors.ts";
import { encode_message, encode_message_parts, encode_prepared, prepare_message } from "./encode.ts";
import { type Message, MsgType, create_message } from "./messages.ts";
import { decode_frames } from "./decode.ts";
import { Receiver } from "./receiver.ts";
import { ALL_MSGTYPES, SAMPLE_CONTENT, sample_buffers } from "./test_fixtures.ts";

function sample_message(msgtype: (typeof ALL_MSGTYPES)[number], with_buffers: boolean): Message {
  const buffers = with_buffers ? sample_buffers() : undefined;
  return create_message(msgtype, SAMPLE_CONTENT[msgtype], { buffers, reqid: "req-7", metadata: { origin: "test" } });
}

describe("round trip of every msgtype", () => {
  for (const msgtype of ALL_MSGTYPES) {
    for (const with_buffers of [false, true]) {
      it(`${msgtype} ${with_buffers ? "with" : "without"} buffers decodes to the same message and re-encodes identically`, () => {
        const msg = sample_message(msgtype, with_buffers);
        const frames = encode_message(msg);
        expect(frames.length).toBe(3 + 2 * msg.buffers.size);
        expect(frames.slice(0, 3).every((f) => typeof f === "string")).toBe(true);

        const decoded = decode_frames(frames);
        expect(decoded.header).toEqual(msg.header);
        expect(decoded.metadata).toEqual(msg.metadata);
        expect(decoded.content).toEqual(msg.content);
        expect([...decoded.buffers.keys()]).toEqual([...msg.buffers.keys()]);
        for (const [id, payload] of msg.buffers) {
          // the very same object: no copy on encode nor on decode
          expect(decoded.buffers.get(id)).toBe(payload);
        }
        const again = encode_message(decoded);
        expect(again).toEqual(frames);
        again.forEach((f, i) => {
          if (typeof f !== "string") expect(f).toBe(frames[i]);
        });
      });
    }
  }

  it("writes header, metadata, content, then {id} text + binary per buffer, payloads uncopied", () => {
    const buffers = sample_buffers();
    const msg = create_message(MsgType.PATCH_DOC, { events: [] }, { buffers });
    const frames = encode_message(msg);
    expect(JSON.parse(frames[0] as string)).toEqual(msg.header);
    expect(frames[1]).toBe("{}");
    expect(frames[2]).toBe('{"events":[]}');
    expect(frames[3]).toBe('{"id":"b0"}');
    expect(frames[4]).toBe(buffers.get("b0"));
    expect(frames[5]).toBe('{"id":"p1234"}');
    expect(frames[6]).toBe(buffers.get("p1234"));
  });

  it("keeps bytes identical when binary frames arrive as ArrayBuffers, viewing them without copying", () => {
    const msg = sample_message(MsgType.PUSH_DOC, true);
    const frames = encode_message(msg);
    const received = frames.map((f) => (typeof f === "string" ? f : f.slice().buffer));
    const decoded = decode_frames(received);
    let k = 0;
    for (const [id, payload] of msg.buffers) {
      const got = decoded.buffers.get(id)!;
      expect(Array.from(got)).toEqual(Array.from(payload));
      expect(got.buffer).toBe(received[4 + 2 * k]); // a view over the received ArrayBuffer
      k++;
    }
  });
});

describe("encode_message_parts", () => {
  it("writes pre-serialized metadata and content verbatim", () => {
    const header = { msgid: "m1", msgtype: MsgType.PATCH_DOC, num_buffers: 1 };
    const payload = new Uint8Array([9, 8, 7]);
    const frames = encode_message_parts(header, '{"x":1}', '{"events":[]}', new Map([["z", payload]]));
    expect(frames).toEqual([JSON.stringify(header), '{"x":1}', '{"events":[]}', '{"id":"z"}', payload]);
    expect(frames[4]).toBe(payload);
    expect(encode_message_parts({ msgid: "m2", msgtype: MsgType.OK }, { a: 1 }, "{}")[1]).toBe('{"a":1}');
  });

  it("refuses a header whose num_buffers disagrees with the buffers given", () => {
    const call = () => encode_message_parts({ msgid: "m1", msgtype: MsgType.OK, num_buffers: 2 }, {}, "{}");
    expect(call).toThrow(DashError);
    expect(call).toThrow(/num_buffers=2 but 0 buffers/);
  });

  it("reports unserializable content as DashError SERIALIZE", () => {
    const msg = create_message(MsgType.PATCH_DOC, { events: [10n] });
    try {
      encode_message(msg);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DashError);
      expect((e as DashError).code).toBe(ErrorCode.SERIALIZE);
    }
  });
});

describe("prepared messages for fan-out", () => {
  it("share content strings and payloads across connections, with a fresh header each", () => {
    const buffers = sample_buffers();
    const prepared = prepare_message(MsgType.PATCH_DOC, SAMPLE_CONTENT[MsgType.PATCH_DOC], { buffers });
    const a = encode_prepared(prepared);
    const b = encode_prepared(prepared, { reqid: "r9" });
    expect(a.slice(1)).toEqual(b.slice(1));
    expect(a[2]).toBe(prepared.content_json);
    expect(a[4]).toBe(buffers.get("b0"));
    expect(b[4]).toBe(buffers.get("b0"));

    const r = new Receiver();
    let ma: Message | null = null;
    for (const f of a) ma = r.consume(f);
    let mb: Message | null = null;
    for (const f of b) mb = r.consume(f);
    expect(ma!.header.msgid).not.toBe(mb!.header.msgid);
    expect(ma!.header.num_buffers).toBe(2);
    expect(mb!.header.reqid).toBe("r9");
    expect("reqid" in ma!.header).toBe(false);
    expect(mb!.content).toEqual(SAMPLE_CONTENT[MsgType.PATCH_DOC]);
  });

  it("omits num_buffers when there are no buffers", () => {
    const frames = encode_prepared(prepare_message(MsgType.OK, {}));
    expect(frames.length).toBe(3);
    expect(JSON.parse(frames[0] as string)).not.toHaveProperty("num_buffers");
  });
});
