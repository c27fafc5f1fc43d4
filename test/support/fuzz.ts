/**
 * Seeded hostile input for a Dash server, shared by the fuzz test and `npm run bench -- fuzz`:
 * `fuzz_message(rand, ids)` returns the frames of one "message" a bad client might send: random
 * garbage text or binary frames, well-framed messages of every type with random content,
 * PULL-DOC-REQs, and PATCH-DOCs that start valid (naming the given model ids) and are then
 * mutated (values of the wrong kind, NaN, huge numbers, `__proto__` keys and ids, missing or
 * extra fields, mismatched buffers).
 */
import WebSocket from "ws";
import { MsgType, create_message, encode_message, type Frame } from "@dash/protocol";
import { mulberry32 } from "./random.ts";

type Rand = () => number;
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const KEYS = ["__proto__", "constructor", "prototype", "id", "type", "attributes", "kind", "model", "attr", "new", "data", "x", "y", "", "toString"];
const STRINGS = ["", "x", "__proto__", "<script>alert(1)</script>", "\u2028", "nan", "inf", "-inf", "\ud800", "a".repeat(300)];
const NUMBERS = [0, -1, -5, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER, 0.1];

export function random_json(r: Rand, depth = 3): Json {
  const k = int(r, depth > 0 ? 8 : 5);
  switch (k) {
    case 0: return null;
    case 1: return r() < 0.5;
    case 2: return r() < 0.5 ? pick(r, NUMBERS) : (r() - 0.5) * 10 ** int(r, 12);
    case 3: return r() < 0.5 ? pick(r, STRINGS) : String(int(r, 1e9));
    case 4: return { type: "number", value: pick(r, ["nan", "inf", "-inf", "bogus"]) };
    case 5: return Array.from({ length: int(r, 6) }, () => random_json(r, depth - 1));
    case 6: {
      const o: { [k: string]: Json } = {};
      for (let i = int(r, 5); i > 0; i--) o[pick(r, KEYS)] = random_json(r, depth - 1);
      return o;
    }
    default: return { id: pick(r, ["p1", "__proto__", "src", "nope", ""]) };
  }
}

/** A valid-looking PATCH-DOC event for a document holding these model ids. */
function seed_event(r: Rand, ids: readonly string[]): { [k: string]: Json } {
  const model = { id: pick(r, ids) };
  switch (int(r, 6)) {
    case 0: return { kind: "ModelChanged", model, attr: pick(r, ["tags", "name", "data", "width", "visible"]), new: random_json(r, 2) };
    case 1: return { kind: "ColumnsStreamed", model, data: { type: "map", entries: [["x", [1, 2]], ["y", [3, 4]]] }, rollover: pick(r, [null, 10, -1, 1.5]) };
    case 2: return { kind: "ColumnsPatched", model, patches: { type: "map", entries: [["x", [[0, 9]]]] } };
    case 3: return { kind: "ColumnDataChanged", model, attr: "data", data: { type: "map", entries: [["x", [1]], ["y", [1, 2, 3]]] } };
    case 4: return { kind: "RootAdded", model: { type: "object", name: pick(r, ["ColumnDataSource", "Plot", "Nope", "CustomJS"]), id: pick(r, ["__proto__", "q1", ...ids]), attributes: random_json(r, 2) } as Json } as { [k: string]: Json };
    default: return { kind: pick(r, ["RootRemoved", "TitleChanged", "MessageSent", "Bogus"]), model, title: random_json(r, 1), msg_type: "bokeh_event", msg_data: random_json(r, 2) };
  }
}

/** Replace one random node of `v` by random JSON (or delete a key). */
function mutate(r: Rand, v: Json): Json {
  if (v === null || typeof v !== "object" || r() < 0.2) return random_json(r, 2);
  if (Array.isArray(v)) {
    if (v.length === 0) return [random_json(r, 1)];
    const i = int(r, v.length);
    const out = [...v];
    out[i] = mutate(r, out[i]!);
    return out;
  }
  const keys = Object.keys(v);
  const out: { [k: string]: Json } = { ...v };
  if (keys.length === 0 || r() < 0.15) {
    out[pick(r, KEYS)] = random_json(r, 1);
    return out;
  }
  const k = pick(r, keys);
  if (r() < 0.15) delete out[k];
  else out[k] = mutate(r, out[k]!);
  return out;
}

function garbage_text(r: Rand): string {
  const chars = "{}[]\":,0123456789abcdefnulltrue \\\u00e9\u20ac";
  return Array.from({ length: 1 + int(r, 200) }, () => chars[int(r, chars.length)]).join("");
}

export type FuzzKind = "garbage" | "random_message" | "pull" | "patch" | "buffers";

/** One hostile message: its frames and what kind it is. */
/**
 * How a bad connection behaves: "framing" sends anything (garbage and malformed content close it
 * at once); "content" sends well-framed pulls and patches whose events are mutated; "flood" sends
 * well-formed pulls and patches (wrong values only), as fast as it can, never reading replies.
 */
export type FuzzMode = "framing" | "content" | "flood";

export function fuzz_message(r: Rand, ids: readonly string[], mode: FuzzMode = "framing"): { kind: FuzzKind; frames: Frame[] } {
  if (mode === "flood") {
    if (r() < 0.2) return { kind: "pull", frames: encode_message(create_message(MsgType.PULL_DOC_REQ, {})) };
    return { kind: "patch", frames: encode_message(create_message(MsgType.PATCH_DOC, { events: [seed_event(r, ids)] })) };
  }
  const framing = mode === "framing";
  // without framing errors and malformed content (which close the connection at once) the messages reach the handlers
  const roll = framing ? r() : 0.25 + r() * 0.75;
  if (roll < 0.1) {
    return { kind: "garbage", frames: [r() < 0.5 ? garbage_text(r) : Uint8Array.from({ length: 1 + int(r, 64) }, () => int(r, 256))] };
  }
  if (roll < 0.25) {
    const header = JSON.stringify({ msgid: String(int(r, 1e6)), msgtype: pick(r, Object.values(MsgType)) });
    return { kind: "random_message", frames: [header, JSON.stringify(random_json(r, 1)), JSON.stringify(random_json(r, 3))] };
  }
  if (roll < 0.35) return { kind: "pull", frames: encode_message(create_message(MsgType.PULL_DOC_REQ, {})) };
  if (roll < 0.45 && framing) {
    const frames = encode_message(create_message(MsgType.PATCH_DOC, { events: [seed_event(r, ids)] }));
    // a buffer announced and then a text frame, a missing payload, or a payload nobody references
    const extra: Frame[] = pick(r, [[JSON.stringify({ id: "1" })], [JSON.stringify({ id: "1" }), "not binary"], [new Uint8Array(8)]]);
    const header = JSON.parse(frames[0] as string) as Record<string, unknown>;
    header["num_buffers"] = int(r, 3);
    return { kind: "buffers", frames: [JSON.stringify(header), frames[1]!, frames[2]!, ...extra] };
  }
  const events: Json[] = Array.from({ length: 1 + int(r, 3) }, () => seed_event(r, ids));
  const content = r() < 0.8 ? { events: mutate(r, events) } : mutate(r, { events });
  const msg = create_message(MsgType.PATCH_DOC, { events: [] });
  const frames = encode_message(msg);
  return { kind: "patch", frames: [frames[0]!, frames[1]!, JSON.stringify(content)] };
}

export interface FuzzOptions {
  /** ws://host:port/app/ws */
  readonly url: string;
  /** A token for a new connection (each bad connection may name its own session). */
  readonly token: () => string;
  /** Model ids the PATCH-DOCs name. */
  readonly ids: readonly string[];
  readonly seed: number;
  /** Concurrent bad clients. */
  readonly clients: number;
  /** Messages in all, across clients. */
  readonly messages: number;
  /** Most messages one connection sends in one go before it waits and reconnects. */
  readonly burst: number;
  /** Longest a connection lingers (not closing) after its burst, in ms. Default 100. */
  readonly linger?: number;
  /** Stop after this long even when fewer messages were sent, in ms. */
  readonly duration?: number;
}

export interface FuzzResult {
  sent: number;
  connections: number;
  /** Close codes + DASH_ERR codes of connections the server closed. */
  closes: Map<string, number>;
  /** ERROR replies received (a message that was well framed but refused). */
  error_replies: number;
}

/** Run bad clients against a live server until `messages` have been sent; each reconnects when closed. */
export async function run_fuzz(o: FuzzOptions): Promise<FuzzResult> {
  const res: FuzzResult = { sent: 0, connections: 0, closes: new Map(), error_replies: 0 };
  const end = Date.now() + (o.duration ?? Infinity);
  const one_client = async (k: number): Promise<void> => {
    const r = mulberry32(o.seed * 1000 + k);
    while (res.sent < o.messages && Date.now() < end) {
      res.connections++;
      const ws = new WebSocket(o.url, ["bokeh", o.token()]);
      ws.on("message", (d: Buffer, binary: boolean) => {
        if (!binary && d.includes('"msgtype":"ERROR"')) res.error_replies++;
      });
      const closed = new Promise<void>((ok) => {
        ws.on("close", (code, reason) => {
          const what = `${code} ${/DASH_ERR_[A-Z_]+/.exec(reason.toString())?.[0] ?? ""}`.trim();
          res.closes.set(what, (res.closes.get(what) ?? 0) + 1);
          ok();
        });
        ws.on("error", () => ok());
      });
      const opened = await new Promise<boolean>((ok) => {
        ws.once("open", () => ok(true));
        ws.once("error", () => ok(false));
      });
      if (opened) {
        const n = 1 + int(r, o.burst);
        const mode = pick(r, ["framing", "content", "flood"] as const);
        for (let i = 0; i < n && res.sent < o.messages && ws.readyState === ws.OPEN; i++) {
          for (const f of fuzz_message(r, o.ids, mode).frames) ws.send(f);
          res.sent++;
        }
        // give the server a moment to answer or close, then leave (politely or not)
        await Promise.race([closed, new Promise((ok) => setTimeout(ok, 20 + int(r, (o.linger ?? 100) - 20)))]);
        if (r() < 0.5) ws.close();
        else ws.terminate();
      }
      await closed;
    }
  };
  await Promise.all(Array.from({ length: o.clients }, (_, k) => one_client(k)));
  return res;
}
