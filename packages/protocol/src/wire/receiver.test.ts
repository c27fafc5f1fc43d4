import { describe, expect, it } from "vitest";
import { ErrorCode, ProtocolError } from "../errors.ts";
import { encode_message } from "./encode.ts";
import { MsgType, create_message } from "./messages.ts";
import { decode_frames } from "./decode.ts";
import { type Fragment, utf8_length } from "./frame.ts";
import { Expect, Receiver } from "./receiver.ts";

const J = (v: unknown): string => JSON.stringify(v);
const H = (extra: Record<string, unknown> = {}): string => J({ msgid: "m1", msgtype: "PATCH-DOC", ...extra });
const valid_frames = (): Fragment[] =>
  encode_message(
    create_message(MsgType.PATCH_DOC, { events: [{ kind: "TitleChanged", title: "x" }] }, {
      buffers: new Map([["b1", new Uint8Array([1, 2, 3])]]),
    }),
  );

function catch_error(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** Feed `frames` to `r`: all but the last must be accepted, the last must throw ProtocolError `code`. */
function expect_rejected(r: Receiver, frames: unknown[], code: ErrorCode): ProtocolError {
  for (const f of frames.slice(0, -1)) r.consume(f as Fragment);
  const e = catch_error(() => r.consume(frames[frames.length - 1] as Fragment));
  expect(e).toBeInstanceOf(ProtocolError);
  expect((e as ProtocolError).code).toBe(code);
  return e as ProtocolError;
}

/** The receiver is back to expecting a header and decodes a valid message. */
function expect_recovers(r: Receiver): void {
  expect(r.in_progress).toBe(false);
  const frames = valid_frames();
  let msg = null;
  for (const f of frames) msg = r.consume(f);
  expect(msg?.header.msgtype).toBe("PATCH-DOC");
  expect(msg?.buffers.get("b1")).toBe(frames[4]);
}

const bin = new Uint8Array([0, 1]);

const CASES: Array<[string, unknown[], ErrorCode]> = [
  // bad JSON in each text frame
  ["bad JSON in header", ["{nope"], ErrorCode.PROTOCOL_BAD_JSON],
  ["bad JSON in metadata", [H(), "{"], ErrorCode.PROTOCOL_BAD_JSON],
  ["bad JSON in content", [H(), "{}", "[1,"], ErrorCode.PROTOCOL_BAD_JSON],
  ["bad JSON in buffer header", [H({ num_buffers: 1 }), "{}", J({ events: [] }), "id"], ErrorCode.PROTOCOL_BAD_JSON],
  // header
  ["header that is an array", ["[]"], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header that is null", ["null"], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header that is a string", ['"ACK"'], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header without msgid", [J({ msgtype: "ACK" })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with numeric msgid", [J({ msgid: 1, msgtype: "ACK" })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with empty msgid", [J({ msgid: "", msgtype: "ACK" })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header without msgtype", [J({ msgid: "m" })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with non-string msgtype", [J({ msgid: "m", msgtype: ["ACK"] })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with numeric reqid", [H({ reqid: 5 })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with string num_buffers", [H({ num_buffers: "1" })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with negative num_buffers", [H({ num_buffers: -1 })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["header with fractional num_buffers", [H({ num_buffers: 1.5 })], ErrorCode.PROTOCOL_BAD_HEADER],
  ["unknown msgtype", [J({ msgid: "m", msgtype: "PULL_DOC_REQ" })], ErrorCode.PROTOCOL_UNKNOWN_MSGTYPE],
  // frame kinds
  ["binary frame as header", [bin], ErrorCode.PROTOCOL_EXPECTED_TEXT],
  ["ArrayBuffer as metadata", [H(), new ArrayBuffer(2)], ErrorCode.PROTOCOL_EXPECTED_TEXT],
  ["binary frame as content", [H(), "{}", bin], ErrorCode.PROTOCOL_EXPECTED_TEXT],
  ["binary frame as buffer header", [H({ num_buffers: 1 }), "{}", J({ events: [] }), bin], ErrorCode.PROTOCOL_EXPECTED_TEXT],
  ["text frame as buffer payload", [H({ num_buffers: 1 }), "{}", J({ events: [] }), J({ id: "a" }), "AAEC"], ErrorCode.PROTOCOL_EXPECTED_BINARY],
  ["null as header", [null], ErrorCode.PROTOCOL_EXPECTED_TEXT],
  ["a number as buffer payload", [H({ num_buffers: 1 }), "{}", J({ events: [] }), J({ id: "a" }), 42], ErrorCode.PROTOCOL_EXPECTED_BINARY],
  ["a plain object as buffer payload", [H({ num_buffers: 1 }), "{}", J({ events: [] }), J({ id: "a" }), { byteLength: 2 }], ErrorCode.PROTOCOL_EXPECTED_BINARY],
  ["a String object as header", [new String(H())], ErrorCode.PROTOCOL_EXPECTED_TEXT],
  // buffer headers
  ...(
    [
      ["empty object", {}],
      ["numeric id", { id: 1 }],
      ["extra key", { id: "a", extra: 1 }],
      ["wrong key", { ID: "a" }],
      ["an array", ["a"]],
      ["a bare string", "a"],
      ["null", null],
    ] as const
  ).map(([what, v]): [string, unknown[], ErrorCode] => [
    `buffer header that is ${what}`,
    [H({ num_buffers: 1 }), "{}", J({ events: [] }), J(v)],
    ErrorCode.PROTOCOL_BAD_BUFFER_HEADER,
  ]),
  // buffer counts
  ["duplicate buffer id", [H({ num_buffers: 2 }), "{}", J({ events: [] }), J({ id: "a" }), bin, J({ id: "a" })], ErrorCode.PROTOCOL_NUM_BUFFERS],
  ["more buffers than num_buffers", [H({ num_buffers: 1 }), "{}", J({ events: [] }), J({ id: "a" }), bin, J({ id: "b" })], ErrorCode.PROTOCOL_NUM_BUFFERS],
  ["a buffer after a message without num_buffers", [H(), "{}", J({ events: [] }), J({ id: "a" })], ErrorCode.PROTOCOL_NUM_BUFFERS],
  // metadata
  ["metadata that is an array", [H(), "[]"], ErrorCode.PROTOCOL_BAD_CONTENT],
  ["metadata that is a number", [H(), "1"], ErrorCode.PROTOCOL_BAD_CONTENT],
  ["metadata that is null", [H(), "null"], ErrorCode.PROTOCOL_BAD_CONTENT],
  // content per msgtype
  ...(
    [
      ["ACK", "[]"],
      ["OK", "null"],
      ["PATCH-DOC", J({})],
      ["PATCH-DOC", J({ events: {} })],
      ["PULL-DOC-REPLY", J({})],
      ["PULL-DOC-REPLY", J({ doc: {} })],
      ["PULL-DOC-REPLY", J({ doc: { roots: {} } })],
      ["PULL-DOC-REPLY", J({ doc: { roots: [], title: 3 } })],
      ["PUSH-DOC", J({ doc: [] })],
      ["PUSH-DOC", J({ doc: { roots: [], defs: {} } })],
      ["ERROR", J({})],
      ["ERROR", J({ text: 1 })],
      ["ERROR", J({ text: "x", traceback: 5 })],
      ["SERVER-INFO-REPLY", J({})],
      ["SERVER-INFO-REPLY", J({ version_info: "3.10" })],
      ["SERVER-INFO-REPLY", J({ version_info: { bokeh: "3.10.0" } })],
    ] as const
  ).map(([msgtype, content]): [string, unknown[], ErrorCode] => [
    `${msgtype} content ${content}`,
    [J({ msgid: "m", msgtype }), "{}", content],
    ErrorCode.PROTOCOL_BAD_CONTENT,
  ]),
];

describe("Receiver rejects malformed input with a typed ProtocolError and then recovers", () => {
  const shared = new Receiver();
  for (const [name, frames, code] of CASES) {
    it(`${name} -> ${code}`, () => {
      const r = new Receiver();
      const e = expect_rejected(r, frames, code);
      expect(e.message.length).toBeGreaterThan(10);
      expect_recovers(r);
      // the same receiver, reused across all cases
      expect_rejected(shared, frames, code);
      expect_recovers(shared);
    });
  }

  it("names the problem in the message", () => {
    const r = new Receiver();
    expect(expect_rejected(r, [J({ msgid: "m" })], ErrorCode.PROTOCOL_BAD_HEADER).message).toMatch(/msgtype/);
    expect(expect_rejected(r, [J({ msgid: "m", msgtype: "NOPE" })], ErrorCode.PROTOCOL_UNKNOWN_MSGTYPE).message).toMatch(/"NOPE"/);
    expect(expect_rejected(r, [H(), "{}", J({})], ErrorCode.PROTOCOL_BAD_CONTENT).message).toMatch(/PATCH-DOC.*'events'/);
    expect(expect_rejected(r, [bin], ErrorCode.PROTOCOL_EXPECTED_TEXT).message).toMatch(/text frame \(header\).*binary frame \(2 bytes\)/);
  });
});

describe("Receiver accepts valid input", () => {
  it("returns null until the last frame, tracking what it expects", () => {
    const r = new Receiver();
    const frames = valid_frames();
    const seen = frames.map((f) => {
      const before = r.expecting;
      const out = r.consume(f);
      return [before, out === null];
    });
    expect(seen).toEqual([
      [Expect.HEADER, true],
      [Expect.METADATA, true],
      [Expect.CONTENT, true],
      [Expect.BUFFER_HEADER, true],
      [Expect.BUFFER_PAYLOAD, false],
    ]);
  });

  it("completes after content when num_buffers is 0 or absent, and tolerates extra header keys", () => {
    const r = new Receiver();
    r.consume(J({ msgid: "a", msgtype: "ACK", num_buffers: 0, future: true }));
    r.consume("{}");
    expect(r.consume("{}")).toEqual({ header: { msgid: "a", msgtype: "ACK", num_buffers: 0 }, metadata: {}, content: {}, buffers: new Map() });
  });

  it("keeps a Uint8Array payload as is and views other typed arrays without copying", () => {
    const r = new Receiver();
    [H({ num_buffers: 2 }), "{}", J({ events: [] }), J({ id: "u8" })].forEach((f) => r.consume(f));
    const u8 = new Uint8Array([1, 2, 3]);
    r.consume(u8);
    r.consume(J({ id: "f64" }));
    const f64 = new Float64Array([1.5]);
    const msg = r.consume(f64 as unknown as Uint8Array)!;
    expect(msg.buffers.get("u8")).toBe(u8);
    expect(msg.buffers.get("f64")!.buffer).toBe(f64.buffer);
    expect(msg.buffers.get("f64")!.byteLength).toBe(8);
  });
});

describe("max_message_size", () => {
  const frames = valid_frames();
  const total = frames.reduce<number>((n, f) => n + (typeof f === "string" ? new TextEncoder().encode(f).length : f.byteLength), 0);

  it("accepts a message of exactly the limit, summed over all frames", () => {
    expect(decode_frames(frames, { max_message_size: total }).header.msgtype).toBe("PATCH-DOC");
  });

  it("rejects a message one byte over the limit with PROTOCOL_TOO_LARGE, then recovers", () => {
    const r = new Receiver({ max_message_size: total - 1 });
    const e = expect_rejected(r, frames, ErrorCode.PROTOCOL_TOO_LARGE);
    expect(e.message).toMatch(new RegExp(`max_message_size of ${total - 1} bytes`));
    expect(r.in_progress).toBe(false);
    const small = encode_message(create_message(MsgType.OK, {}));
    let msg = null;
    for (const f of small) msg = r.consume(f);
    expect(msg?.header.msgtype).toBe("OK");
  });

  it("counts text as UTF-8 bytes", () => {
    const content = J({ text: "é€😀" }); // 2 + 3 + 4 bytes of text
    const parts = [J({ msgid: "m", msgtype: "ERROR" }), "{}", content];
    const size = parts.reduce((n, s) => n + new TextEncoder().encode(s).length, 0);
    expect(decode_frames(parts, { max_message_size: size }).content).toEqual({ text: "é€😀" });
    expect(() => decode_frames(parts, { max_message_size: size - 1 })).toThrow(/max_message_size/);
  });

  it("refuses an oversized frame before parsing it", () => {
    const r = new Receiver({ max_message_size: 300 });
    expect_rejected(r, ["{" + "x".repeat(400)], ErrorCode.PROTOCOL_TOO_LARGE);
    expect_rejected(r, [H(), "{}", J({ events: [] }).padEnd(301, " ")], ErrorCode.PROTOCOL_TOO_LARGE);
    expect_recovers(r);
  });

  it("utf8_length agrees with TextEncoder, lone surrogates included", () => {
    const samples = ["", "abc", "é", "€", "😀", "\ud800", "\udc00x", "a\ud83d", "\ud83d\ude00\ud83d", "日本語"];
    for (const s of samples) expect(utf8_length(s)).toBe(new TextEncoder().encode(s).length);
  });
});

describe("decode_frames", () => {
  it("reports an incomplete message as PROTOCOL_FRAME_ORDER naming the missing frame", () => {
    const e = catch_error(() => decode_frames(valid_frames().slice(0, 3)));
    expect(e).toBeInstanceOf(ProtocolError);
    expect((e as ProtocolError).code).toBe(ErrorCode.PROTOCOL_FRAME_ORDER);
    expect((e as ProtocolError).message).toMatch(/buffer header/);
  });

  it("reports extra buffer frames as PROTOCOL_NUM_BUFFERS and other trailing frames as PROTOCOL_FRAME_ORDER", () => {
    const frames = valid_frames();
    for (const [extra, code] of [
      [[new Uint8Array(1)], ErrorCode.PROTOCOL_NUM_BUFFERS],
      [[J({ id: "zz" }), new Uint8Array(1)], ErrorCode.PROTOCOL_NUM_BUFFERS],
      [[H()], ErrorCode.PROTOCOL_FRAME_ORDER],
    ] as const) {
      const e = catch_error(() => decode_frames([...frames, ...extra]));
      expect(e).toBeInstanceOf(ProtocolError);
      expect((e as ProtocolError).code).toBe(code);
    }
  });
});
