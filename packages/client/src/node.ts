/**
 * The Node client API, as bokeh.client offers: pull_session / push_session return a
 * ClientSession whose document stays in sync with the server both ways. It uses the
 * same connection code as the browser, with `ws` as the socket.
 */
import { createHmac, randomInt } from "node:crypto";
import WebSocket from "ws";
import { BINARY_PULL_CLAIM, type Document } from "@dash/protocol";
import { ClientSession } from "./connection/session.ts";
import type { ReconnectOptions } from "./connection/connection.ts";
import type { SocketFactory } from "./connection/socket.ts";

export { ClientSession, websocket_url_for } from "./connection/session.ts";
export { ClientConnection } from "./connection/connection.ts";
export { ServerError, ConnectionClosed } from "./connection/requests.ts";

/** `ws` as the connection's socket. */
export const ws_socket: SocketFactory = (url, protocols, h) => {
  const ws = new WebSocket(url, [...protocols]);
  ws.binaryType = "nodebuffer";
  ws.on("open", () => h.open());
  ws.on("message", (data: Buffer, is_binary: boolean) => h.message(is_binary ? data : data.toString("utf8")));
  ws.on("close", (code: number, reason: Buffer) => h.close(code, reason.toString("utf8")));
  ws.on("error", (e: Error) => h.error(e));
  ws.on("unexpected-response", (_req, res) => {
    h.close(1008, `HTTP ${res.statusCode} ${res.statusMessage ?? ""}`.trim());
    ws.terminate();
  });
  return {
    send: (d) => ws.send(d),
    close: (code, reason) => (ws.readyState === WebSocket.CONNECTING ? ws.terminate() : ws.close(code, reason)),
  };
};

export interface NodeSessionOptions {
  /** The app URL, e.g. http://127.0.0.1:5006/sliders. */
  readonly url: string;
  /** Join (or create) this session; default a new random id. */
  readonly session_id?: string;
  /** Secret for signed session ids; default DASH_SECRET_KEY. */
  readonly secret_key?: string;
  /** Token lifetime in ms (default 300000). */
  readonly token_expiration?: number;
  readonly reconnect?: ReconnectOptions | false;
  readonly on_warning?: (text: string) => void;
}

const CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

function sign(text: string, secret: string): string {
  return createHmac("sha256", secret).update(text, "utf8").digest("base64url");
}

/** A session id and token as Bokeh's client makes them (signed when a secret is known). */
export function make_session_id(secret: string | null): string {
  let base = "";
  for (let i = 0; i < 44; i++) base += CHARS[randomInt(CHARS.length)];
  return secret ? `${base}-${sign(base, secret)}` : base;
}

export function make_token(session_id: string, secret: string | null, expiration_ms = 300_000): string {
  // Dash's client reads binary buffers in PULL-DOC-REPLY: opt in (docs/protocol.md).
  const payload = { session_id, session_expiry: Math.floor((Date.now() + expiration_ms) / 1000), [BINARY_PULL_CLAIM]: true };
  const token = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return secret ? `${token}.${sign(token, secret)}` : token;
}

function session(opts: NodeSessionOptions, push?: Document): ClientSession {
  const secret = opts.secret_key ?? process.env.DASH_SECRET_KEY ?? null;
  const id = opts.session_id ?? make_session_id(secret);
  return new ClientSession({
    url: opts.url,
    session_id: id,
    token: () => make_token(id, secret, opts.token_expiration),
    socket: ws_socket,
    push,
    reconnect: opts.reconnect,
    on_warning: opts.on_warning,
  });
}

function normalize(opts: NodeSessionOptions | string): NodeSessionOptions {
  return typeof opts === "string" ? { url: opts } : opts;
}

/** Connect to a session (created if new) and pull its document. */
export function pull_session(opts: NodeSessionOptions | string): Promise<ClientSession> {
  return session(normalize(opts)).open();
}

/** Connect to a session (created if new) and replace its document with `doc`, which then stays in sync. */
export function push_session(doc: Document, opts: NodeSessionOptions | string): Promise<ClientSession> {
  return session(normalize(opts), doc).open();
}
