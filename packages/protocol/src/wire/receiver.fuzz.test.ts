/**
 * Property-style fuzz of the Receiver: whatever it is fed, it throws nothing but
 * ProtocolError, resets after each error, only ever returns well-formed messages, and
 * decodes valid messages sent afterwards. Seeded, so failures reproduce.
 */
import { describe, expect, it } from "vitest";
import { ErrorCode, ProtocolError } from "../errors.ts";
import { type Frame, encode_message } from "./encode.ts";
import { type Message, create_message, is_msgtype_name } from "./messages.ts";
import { decode_frames } from "./decode.ts";
import type { Fragment } from "./frame.ts";
import { Receiver } from "./receiver.ts";
import { mulberry32 } from "../../../../test/support/random.ts";
import { ALL_MSGTYPES, SAMPLE_CONTENT } from "./test_fixtures.ts";


const PROTOCOL_CODES = new Set<string>(Object.values(ErrorCode).filter((c) => c.startsWith("DASH_ERR_PROTOCOL_")));

class Gen {
  constructor(readonly rand: () => number) {}
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  string(max = 12): string {
    const alphabet = 'ab{}[]":,0 \\\u00e9\u20ac\ud83d\ude00\ud800idmsgtype';
    let s = "";
    for (let i = this.int(max); i > 0; i--) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  json(depth = 3): unknown {
    const k = this.int(depth > 0 ? 8 : 5);
    switch (k) {
      case 0: return null;
      case 1: return this.chance(0.5);
      case 2: return this.pick([0, -1, 1.5, 2, 1e300, 3]);
      case 3: return this.pick([...ALL_MSGTYPES, "id", "events", "doc", this.string()]);
      case 4: return this.string();
      case 5: return Array.from({ length: this.int(4) }, () => this.json(depth - 1));
      default: {
        const keys = ["msgid", "msgtype", "reqid", "num_buffers", "id", "events", "doc", "roots", "text", "version_info", "bokeh", "server", "__proto__", this.string(4)];
        const o: Record<string, unknown> = {};
        for (let i = this.int(5); i > 0; i--) o[this.pick(keys)] = this.json(depth - 1);
        return o;
      }
    }
  }
  bytes(): Uint8Array {
    const b = new Uint8Array(this.int(40));
    for (let i = 0; i < b.length; i++) b[i] = this.int(256);
    return b;
  }
  /** Anything at all: frames of both kinds and values that are neither. */
  fragment(): unknown {
    switch (this.int(17)) {
      case 0: return this.string(30);
      case 1: case 2: case 3: return JSON.stringify(this.json());
      case 4: return JSON.stringify({ msgid: this.string(4) || "m", msgtype: this.pick(ALL_MSGTYPES), num_buffers: this.int(3) });
      case 5: return JSON.stringify({ id: this.string(3) });
      case 6: return this.bytes();
      case 7: return this.bytes().buffer;
      case 8: return new DataView(new ArrayBuffer(this.int(8)));
      case 9: return new Float32Array(this.int(4));
      case 10: return this.pick([null, undefined, 0, NaN, true, 10n, Symbol("s"), () => 1, [], {}, new String("{}")]);
      case 11: return new Proxy({}, { get() { throw new Error("get"); }, getPrototypeOf() { throw new Error("proto"); }, ownKeys() { throw new Error("keys"); } });
      case 12: { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; }
      case 13: { const ab = new ArrayBuffer(8); structuredClone(ab, { transfer: [ab] }); return ab; } // detached
      case 14: return new SharedArrayBuffer(4);
      case 15: return { [Symbol.toStringTag]: "ArrayBuffer", byteLength: 3 };
      default: return this.chance(0.5) ? new Uint8Array(400 + this.int(800)) : JSON.stringify({ events: [] }).padEnd(400 + this.int(800));
    }
  }
  valid(): { msg: Message; frames: Frame[] } {
    const msgtype = this.pick(ALL_MSGTYPES);
    const buffers = new Map<string, Uint8Array>();
    for (let i = this.int(4); i > 0; i--) buffers.set(`b${i}-${this.int(1000)}`, this.bytes());
    const reqid = this.chance(0.5) ? this.string(5) : undefined;
    const msg = create_message(msgtype, SAMPLE_CONTENT[msgtype], { buffers, reqid, metadata: this.chance(0.3) ? { k: this.json() } : {} });
    return { msg, frames: encode_message(msg) };
  }
  mutate(frames: Frame[]): unknown[] {
    const out: unknown[] = [...frames];
    for (let n = 1 + this.int(3); n > 0; n--) {
      const i = this.int(out.length);
      const f = out[i];
      switch (this.int(8)) {
        case 0: out.splice(i, 1); break;
        case 1: out.splice(i, 0, this.fragment()); break;
        case 2: out[i] = this.fragment(); break;
        case 3: { const j = this.int(out.length); out[i] = out[j]; out[j] = f; break; }
        case 4: out.splice(i, 0, f); break;
        case 5:
          if (typeof f === "string" && f.length > 0) {
            const at = this.int(f.length);
            out[i] = f.slice(0, at) + this.string(2) + f.slice(at + this.int(3));
          }
          break;
        case 6:
          if (typeof f === "string") {
            try {
              const v = JSON.parse(f) as unknown;
              if (v && typeof v === "object" && !Array.isArray(v)) {
                const keys = Object.keys(v);
                const o = v as Record<string, unknown>;
                if (keys.length > 0 && this.chance(0.5)) delete o[this.pick(keys)];
                else o[keys.length > 0 && this.chance(0.7) ? this.pick(keys) : this.string(4)] = this.json(2);
                out[i] = JSON.stringify(o);
              }
            } catch { /* leave it */ }
          }
          break;
        default:
          if (typeof f === "object" && ArrayBuffer.isView(f) && f instanceof Uint8Array) {
            out[i] = this.pick([f.slice().buffer, "AAAA", f.subarray(1)]);
          }
      }
    }
    return out;
  }
}

const seen_codes = new Set<string>();

/** Feed one frame; assert only ProtocolError escapes and that an error leaves the receiver reset. */
function feed(r: Receiver, f: unknown): Message | null {
  try {
    const out = r.consume(f as Fragment);
    if (out !== null) check_well_formed(out);
    return out;
  } catch (e) {
    if (!(e instanceof ProtocolError)) throw new Error(`non-ProtocolError escaped: ${String(e)}`);
    if (!PROTOCOL_CODES.has(e.code)) throw new Error(`unexpected code ${e.code}`);
    seen_codes.add(e.code);
    if (r.in_progress) throw new Error("receiver not reset after error");
    return null;
  }
}

function check_well_formed(m: Message): void {
  const { header } = m;
  if (typeof header.msgid !== "string" || !is_msgtype_name(header.msgtype)) throw new Error("bad header returned");
  if ((header.num_buffers ?? 0) !== m.buffers.size) throw new Error("buffer count mismatch");
  for (const b of m.buffers.values()) if (!(b instanceof Uint8Array)) throw new Error("non-Uint8Array buffer");
  if (typeof m.content !== "object" || m.content === null || typeof m.metadata !== "object") throw new Error("bad body");
}

function expect_decodes(r: Receiver, g: Gen): void {
  if (r.in_progress) r.reset(); // a connection would do this on close/reopen; errors reset by themselves
  const { msg, frames } = g.valid();
  let out: Message | null = null;
  frames.forEach((f, i) => {
    out = r.consume(f);
    if ((out === null) !== (i < frames.length - 1)) throw new Error(`message completed at frame ${i} of ${frames.length}`);
  });
  const got = out as Message | null;
  expect(got?.header).toEqual(msg.header);
  expect(got?.content).toEqual(msg.content);
  for (const [id, b] of msg.buffers) if (got?.buffers.get(id) !== b) throw new Error("buffer copied or lost");
}

describe("Receiver fuzz", () => {
  it("random frame sequences: only ProtocolError, and valid messages decode afterwards", () => {
    const g = new Gen(mulberry32(0xdab));
    const r = new Receiver({ max_message_size: 1024 }); // above any valid message the generator makes
    for (let n = 0; n < 2000; n++) {
      for (let k = 1 + g.int(8); k > 0; k--) feed(r, g.fragment());
      expect_decodes(r, g);
    }
  });

  it("truncated and mutated valid sequences: only ProtocolError, and valid messages decode afterwards", () => {
    const g = new Gen(mulberry32(42));
    const r = new Receiver();
    for (let n = 0; n < 3000; n++) {
      const { frames } = g.valid();
      const bad = g.chance(0.3) ? frames.slice(0, g.int(frames.length)) : g.mutate(frames);
      for (const f of bad) feed(r, f);
      expect_decodes(r, g);
    }
  });

  it("reaches every receiver error path", () => {
    // FRAME_ORDER is decode_frames-only; TOO_LARGE comes from the limited receiver above.
    const expected = [...PROTOCOL_CODES].filter((c) => c !== ErrorCode.PROTOCOL_FRAME_ORDER);
    expect([...seen_codes].sort()).toEqual(expected.sort());
  });

  it("decode_frames throws only ProtocolError on arbitrary frame lists", () => {
    const g = new Gen(mulberry32(7));
    for (let n = 0; n < 1500; n++) {
      const frames = g.chance(0.5) ? g.mutate(g.valid().frames) : Array.from({ length: g.int(7) }, () => g.fragment());
      try {
        check_well_formed(decode_frames(frames as Fragment[], { max_message_size: 2048 }));
      } catch (e) {
        if (!(e instanceof ProtocolError)) throw new Error(`non-ProtocolError escaped: ${String(e)}`);
      }
    }
  });
});
