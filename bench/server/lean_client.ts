/**
 * A lean Bokeh-protocol load client for the session-rate bench: the page GET over a kept-alive
 * raw TCP connection, then a websocket on its own connection (RFC 6455 written out: upgrade
 * request, masked frames, close handshake), ACK, PULL-DOC-REQ, PULL-DOC-REPLY, close.
 *
 * Why not `ws` + node:http: on this 2-core machine the load client shares the CPU with the
 * server it measures, and those libraries cost the client ~2 ms per session (handshake key
 * hashing, per-frame masking, agent bookkeeping), capping the measurable rate near 420/s
 * whatever the server does. This client does the same protocol work in well under half that.
 * The server cannot tell the difference: it sees a standard upgrade and masked frames.
 */
import net from "node:net";
import { MsgType, Receiver, create_message, encode_message } from "@dash/server";

const MASK = Buffer.alloc(4); // a zero mask key: legal (RFC 6455 5.3), and masking becomes a copy

/** A client websocket frame (masked, FIN set). */
function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? 2 : n < 65536 ? 4 : 10;
  const out = Buffer.allocUnsafe(head + 4 + n);
  out[0] = 0x80 | opcode;
  if (n < 126) out[1] = 0x80 | n;
  else if (n < 65536) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  MASK.copy(out, head);
  payload.copy(out, head + 4);
  return out;
}

/** The PULL-DOC-REQ message as client frames, encoded once (a new msgid per message is not required by the server). */
function pull_frames(): Buffer {
  const parts = encode_message(create_message(MsgType.PULL_DOC_REQ, {}));
  return Buffer.concat(parts.map((p) => (typeof p === "string" ? frame(0x1, Buffer.from(p)) : frame(0x2, Buffer.from(p)))));
}

const CLOSE = frame(0x8, Buffer.from([0x03, 0xe8])); // 1000, normal closure

/** One kept-alive HTTP/1.1 connection to GET pages on, one request at a time. */
export class PageConnection {
  private socket: net.Socket | null = null;
  private pending: { ok: (body: string) => void; fail: (e: Error) => void } | null = null;
  private buf: Buffer = Buffer.alloc(0);

  constructor(private readonly host: string, private readonly port: number) {}

  private connect(): net.Socket {
    const s = net.connect(this.port, this.host);
    s.setNoDelay(true);
    s.on("data", (d: Buffer) => this.on_data(d));
    const gone = (e?: Error) => {
      if (this.socket === s) this.socket = null;
      const p = this.pending;
      this.pending = null;
      p?.fail(e ?? new Error("page connection closed"));
    };
    s.on("error", gone);
    s.on("close", () => gone());
    this.socket = s;
    this.buf = Buffer.alloc(0);
    return s;
  }

  private on_data(d: Buffer): void {
    this.buf = this.buf.length === 0 ? d : Buffer.concat([this.buf, d]);
    const end = this.buf.indexOf("\r\n\r\n");
    if (end < 0 || this.pending === null) return;
    const head = this.buf.subarray(0, end).toString("latin1");
    const m = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (m === null) return this.pending.fail(new Error(`page response without content-length: ${head.slice(0, 200)}`));
    const len = Number(m[1]);
    if (this.buf.length < end + 4 + len) return;
    const body = this.buf.subarray(end + 4, end + 4 + len).toString("utf8");
    this.buf = this.buf.subarray(end + 4 + len);
    const p = this.pending;
    this.pending = null;
    if (!head.startsWith("HTTP/1.1 200")) p.fail(new Error(`GET: ${head.split("\r\n")[0]} ${body.slice(0, 200)}`));
    else p.ok(body);
  }

  get(path: string): Promise<string> {
    const s = this.socket ?? this.connect();
    return new Promise((ok, fail) => {
      this.pending = { ok, fail };
      s.write(`GET ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nConnection: keep-alive\r\n\r\n`);
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}

/**
 * Open the page's websocket with its token, wait for ACK, pull the document and close
 * (close handshake, as a browser leaving the page does). Resolves once the server closed.
 */
export function lean_pull(host: string, port: number, ws_path: string, token: string): Promise<void> {
  return new Promise((ok, fail) => {
    const s = net.connect(port, host);
    s.setNoDelay(true);
    const rx = new Receiver();
    let upgraded = false;
    let buf: Buffer = Buffer.alloc(0);
    let closing = false;
    const done = (e?: Error) => {
      s.destroy();
      if (e) fail(e);
      else ok();
    };
    s.on("error", done);
    s.on("close", () => (closing ? ok() : fail(new Error("websocket closed before PULL-DOC-REPLY"))));
    s.write(
      `GET ${ws_path} HTTP/1.1\r\nHost: ${host}:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: bokeh, ${token}\r\n\r\n`,
    );
    s.on("data", (d: Buffer) => {
      buf = buf.length === 0 ? d : Buffer.concat([buf, d]);
      if (!upgraded) {
        const end = buf.indexOf("\r\n\r\n");
        if (end < 0) return;
        if (!buf.subarray(0, 12).toString("latin1").startsWith("HTTP/1.1 101")) return done(new Error(`upgrade refused: ${buf.toString("latin1", 0, 200)}`));
        upgraded = true;
        buf = buf.subarray(end + 4);
      }
      // Server frames are unmasked; Dash never fragments a message part.
      while (buf.length >= 2) {
        const op = buf[0]! & 0x0f;
        let len = buf[1]! & 0x7f;
        let at = 2;
        if (len === 126) {
          if (buf.length < 4) return;
          len = buf.readUInt16BE(2);
          at = 4;
        } else if (len === 127) {
          if (buf.length < 10) return;
          len = Number(buf.readBigUInt64BE(2));
          at = 10;
        }
        if (buf.length < at + len) return;
        const payload = buf.subarray(at, at + len);
        buf = buf.subarray(at + len);
        if (op === 0x8) {
          closing = true;
          return done();
        }
        if (op !== 0x1 && op !== 0x2) continue;
        const m = rx.consume(op === 0x1 ? payload.toString("utf8") : payload);
        if (m?.header.msgtype === MsgType.ACK) s.write(PULL);
        else if (m?.header.msgtype === MsgType.PULL_DOC_REPLY) {
          closing = true;
          s.write(CLOSE);
        }
      }
    });
  });
}

const PULL = pull_frames();

/** A load worker: GET the app page on its kept-alive connection, then pull over a new websocket. */
export class LeanSessionClient {
  private readonly page: PageConnection;

  constructor(private readonly host: string, private readonly port: number) {
    this.page = new PageConnection(host, port);
  }

  async session(app: string): Promise<void> {
    const html = await this.page.get(`/${app}`);
    const item = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as { app_path: string; token: string };
    await lean_pull(this.host, this.port, `${item.app_path}/ws`, item.token);
  }

  close(): void {
    this.page.close();
  }
}
