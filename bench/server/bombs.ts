/**
 * Decompression bombs against `dash serve examples/sliders.ts`: a ~1.3 MB PATCH-DOC whose
 * base64 gzip bytes inflate to 1 GiB. Reported per server setting: time until the sender
 * gets its reply, the longest SERVER-INFO round trip of another client meanwhile (how long
 * everyone else stalled) and the server's RSS growth, as ratios against a 1 kB patch sent the
 * same way in the same run. "unbounded" (--max-decoded-size 2 GiB, no declared shape) is
 * what the server did before decoding was bounded.
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { MsgType, Receiver, base64_encode, create_message, encode_message, type Message } from "@dash/server";
import { page_item, sleep, spawn_dash, table } from "./util.ts";

class Peer {
  private readonly rx = new Receiver();
  private readonly waiting = new Map<string, (m: Message) => void>();
  doc: unknown = null;
  private constructor(private readonly ws: WebSocket) {}

  static async open(base: string, app: string): Promise<Peer> {
    const item = await page_item(base, app);
    const ws = new WebSocket(item.ws_url, ["bokeh", item.token]);
    const p = new Peer(ws);
    const acked = new Promise<void>((ok) => {
      ws.on("message", (d: Buffer, bin: boolean) => {
        const m = p.rx.consume(bin ? d : d.toString());
        if (m === null) return;
        if (m.header.msgtype === MsgType.ACK) ok();
        const r = m.header.reqid === undefined ? undefined : p.waiting.get(m.header.reqid);
        if (r !== undefined) r(m);
      });
    });
    await acked;
    p.doc = (await p.request(create_message(MsgType.PULL_DOC_REQ, {}))).content;
    return p;
  }

  request(msg: Message): Promise<Message> {
    return new Promise((ok) => {
      this.waiting.set(msg.header.msgid, ok);
      for (const f of encode_message(msg)) this.ws.send(f);
    });
  }

  close(): void {
    this.ws.close();
  }
}

function id_of(doc: unknown, name: string): string {
  const s = JSON.stringify(doc);
  const m = new RegExp(`"id":"([^"]+)","attributes":\\{"name":"${name}"`).exec(s);
  if (m === null) throw new Error(`no model named ${name}`);
  return m[1]!;
}

function change(id: string, data: string, shape: number[] | null): Message {
  const array: Record<string, unknown> = { type: "ndarray", array: { type: "bytes", data }, dtype: "float64", order: "little" };
  if (shape !== null) array.shape = shape;
  return create_message(MsgType.PATCH_DOC, { events: [{ kind: "ColumnDataChanged", model: { id }, attr: "data", data: { type: "map", entries: [["x", array]] } }] });
}

async function measure(base: string, rss: () => number, msg: (doc: unknown) => Message): Promise<{ reply_ms: number; stall_ms: number; rss_mb: number; reply: string }> {
  const sender = await Peer.open(base, "sliders");
  const other = await Peer.open(base, "sliders");
  await sleep(300);
  const rss0 = rss();
  let stall = 0, done = false;
  const pinger = (async () => {
    while (!done) {
      const t = performance.now();
      await other.request(create_message(MsgType.SERVER_INFO_REQ, {}));
      stall = Math.max(stall, performance.now() - t);
      await sleep(10);
    }
  })();
  const m = msg(sender.doc);
  const t0 = performance.now();
  const reply = await sender.request(m);
  const reply_ms = performance.now() - t0;
  done = true;
  await pinger;
  const rss_mb = (rss() - rss0) / 2 ** 20;
  sender.close();
  other.close();
  const text = reply.header.msgtype === MsgType.ERROR ? String((reply.content as { text: string }).text).split(":")[0]! : reply.header.msgtype;
  return { reply_ms, stall_ms: stall, rss_mb, reply: text };
}

export async function run(): Promise<Record<string, number>> {
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  const bomb = base64_encode(new Uint8Array(Buffer.concat(Array.from({ length: 64 }, () => member))));
  const small = base64_encode(new Uint8Array(new Float64Array(128).buffer));
  const rows: Array<Array<string | number>> = [];
  const out: Record<string, number> = {};
  for (const [label, extra] of [["bounded (default)", []], ["unbounded (old behaviour)", ["--max-decoded-size", String(2 ** 31)]]] as const) {
    const server = await spawn_dash(["examples/sliders.ts"], [...extra]);
    try {
      // Model ids differ per session: each message targets its sender's document.
      const base = await measure(server.base, server.rss, (doc) => change(id_of(doc, "curve"), small, [128]));
      const hit = await measure(server.base, server.rss, (doc) => change(id_of(doc, "curve"), bomb, null));
      rows.push([label, `${(bomb.length / 1e6).toFixed(2)} MB`, hit.reply, hit.reply_ms.toFixed(0), (hit.reply_ms / base.reply_ms).toFixed(1),
        hit.stall_ms.toFixed(0), (hit.stall_ms / base.stall_ms).toFixed(1), hit.rss_mb.toFixed(0)]);
      out[`${label.split(" ")[0]}_reply_ratio`] = hit.reply_ms / base.reply_ms;
    } finally {
      await server.stop();
    }
  }
  table("Decompression bomb (1 GiB of zeros as base64 gzip) vs a 1 kB patch, same run", ["server", "message", "reply", "reply ms", "x 1 kB patch", "others' worst ms", "x 1 kB patch", "RSS growth MB"], rows);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
