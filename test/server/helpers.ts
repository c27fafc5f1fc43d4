/** Test helpers: a real server on 127.0.0.1:0 and a raw websocket client speaking the wire protocol. */
import WebSocket from "ws";
import {
  MsgType,
  Receiver,
  create_message,
  encode_message,
  type Frame,
  type Message,
  type MsgType as MsgTypeName,
} from "@dash/protocol";
import { BINARY_PULL_CLAIM, buildServer, generate_session_id, generate_token, type AppModule, type BuildOptions } from "@dash/server";
import type { FastifyInstance } from "fastify";

export interface Running {
  readonly server: FastifyInstance;
  readonly port: number;
  readonly http: string;
  readonly ws: string;
  readonly logs: string[];
  url(app: string): string;
  ws_url(app: string): string;
  /** A token as Dash's pages issue it (opted in to binary pull replies unless `binary_pull: false`). */
  token(session_id?: string, opts?: { binary_pull?: boolean }): string;
  close(): Promise<void>;
}

export async function start(apps: Record<string, AppModule>, opts: Partial<BuildOptions> = {}): Promise<Running> {
  const logs: string[] = [];
  const server = buildServer({
    apps,
    port: 0,
    log_level: "info",
    log_stream: { write: (line: string) => void logs.push(line) },
    allow_websocket_origin: ["*"],
    ...opts,
  });
  await server.listen({ port: 0, host: "127.0.0.1" });
  const addr = server.server.address();
  const port = addr !== null && typeof addr === "object" ? addr.port : 0;
  const http = `http://127.0.0.1:${port}`;
  const o = server.dash.options;
  return {
    server,
    port,
    http,
    ws: `ws://127.0.0.1:${port}`,
    logs,
    url: (app) => `${http}${o.prefix}/${app}`,
    ws_url: (app) => `ws://127.0.0.1:${port}${o.prefix}/${app}/ws`,
    token: (id, t = {}) =>
      generate_token(id ?? generate_session_id(server.dash.tokens), server.dash.tokens, 60_000, t.binary_pull === false ? {} : { [BINARY_PULL_CLAIM]: true }),
    close: () => server.close(),
  };
}

/** A websocket client that decodes messages and can wait for them. */
export class RawClient {
  readonly ws: WebSocket;
  readonly messages: Message[] = [];
  private readonly receiver = new Receiver();
  private waiters: Array<() => void> = [];
  closed: { code: number; reason: string } | null = null;
  readonly opened: Promise<void>;
  protocol_error: Error | null = null;

  constructor(url: string, token: string, opts: WebSocket.ClientOptions = {}) {
    this.ws = new WebSocket(url, ["bokeh", token], opts);
    this.ws.on("message", (data: Buffer, binary: boolean) => {
      try {
        const m = this.receiver.consume(binary ? data : data.toString("utf8"));
        if (m !== null) this.messages.push(m);
      } catch (e) {
        this.protocol_error = e as Error;
      }
      this.wake();
    });
    this.ws.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
    this.ws.on("error", () => this.wake());
    this.opened = new Promise((resolve, reject) => {
      this.ws.once("open", () => resolve());
      this.ws.once("error", reject);
      this.ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    });
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Wait until `pred` holds (re-checked on every message/close). */
  async until<T>(pred: () => T | undefined | null | false, timeout = 10_000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const v = pred();
      if (v) return v;
      if (Date.now() > deadline) throw new Error("timed out waiting");
      await new Promise<void>((r) => {
        const t = setTimeout(r, 50);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  next(type: MsgTypeName, after = 0): Promise<Message> {
    return this.until(() => this.messages.slice(after).find((m) => m.header.msgtype === type));
  }

  reply_to(msgid: string): Promise<Message> {
    return this.until(() => this.messages.find((m) => m.header.reqid === msgid));
  }

  send_frames(frames: readonly Frame[]): void {
    for (const f of frames) this.ws.send(f);
  }

  send(msg: Message): string {
    this.send_frames(encode_message(msg));
    return msg.header.msgid;
  }

  async request(msg: Message): Promise<Message> {
    return this.reply_to(this.send(msg));
  }

  pull(metadata: Record<string, unknown> = {}): Promise<Message> {
    return this.request(create_message(MsgType.PULL_DOC_REQ, {}, { metadata }));
  }

  of(type: MsgTypeName): Message[] {
    return this.messages.filter((m) => m.header.msgtype === type);
  }

  wait_closed(timeout = 10_000): Promise<{ code: number; reason: string }> {
    return this.until(() => this.closed, timeout);
  }

  close(): void {
    this.ws.close();
  }
}

export async function connect(r: Running, app: string, session_id?: string): Promise<RawClient> {
  const c = new RawClient(r.ws_url(app), r.token(session_id));
  await c.opened;
  await c.next(MsgType.ACK);
  return c;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Events of a PATCH-DOC content. */
export function events_of(m: Message): Array<Record<string, unknown>> {
  return (m.content as { events: Array<Record<string, unknown>> }).events;
}
