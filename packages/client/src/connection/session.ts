/**
 * ClientSession: what bokeh.client's pull_session / push_session return — a session id,
 * a document kept in sync both ways, and a few requests.
 */
import type { Document, ServerInfoReplyContent } from "@dash/protocol";
import { ClientConnection, type ConnectionState, type ReconnectOptions } from "./connection.ts";
import type { SocketFactory } from "./socket.ts";

export interface SessionOptions {
  /** The app's URL (http://host:port/app) or its websocket URL (ws://host:port/app/ws). */
  readonly url: string;
  readonly session_id: string;
  readonly token: string | (() => string);
  readonly socket: SocketFactory;
  readonly push?: Document;
  readonly reconnect?: ReconnectOptions | false;
  readonly on_warning?: (text: string) => void;
}

/** http(s)://host/app -> ws(s)://host/app/ws (Bokeh's websocket_url_for_server_url). */
export function websocket_url_for(url: string): string {
  const u = new URL(url);
  if (u.protocol === "http:") u.protocol = "ws:";
  else if (u.protocol === "https:") u.protocol = "wss:";
  else if (u.protocol !== "ws:" && u.protocol !== "wss:") throw new Error(`not an http(s) or ws(s) URL: ${url}`);
  if (!u.pathname.endsWith("/ws")) u.pathname = u.pathname.replace(/\/$/, "") + "/ws";
  return u.href;
}

export class ClientSession {
  readonly id: string;
  readonly url: string;
  readonly connection: ClientConnection;
  /** Resolves when the session is closed for good. */
  readonly closed: Promise<{ code: number; reason: string } | null>;

  constructor(opts: SessionOptions) {
    this.id = opts.session_id;
    this.url = websocket_url_for(opts.url);
    this.connection = new ClientConnection({
      url: this.url,
      token: opts.token,
      socket: opts.socket,
      push: opts.push,
      reconnect: opts.reconnect,
      on_warning: opts.on_warning,
    });
    this.closed = new Promise((resolve) => {
      this.connection.on_state((s) => {
        if (s === "closed") resolve(this.connection.last_close);
      });
    });
  }

  /** Connect and pull (or push); resolves with this session once the document is in sync. */
  async open(): Promise<this> {
    await this.connection.connect();
    return this;
  }

  get document(): Document {
    const d = this.connection.document;
    if (d === null) throw new Error("session not open yet");
    return d;
  }
  get state(): ConnectionState {
    return this.connection.state;
  }
  get connected(): boolean {
    return this.connection.connected;
  }
  /** Last server document version this replica contains. */
  get version(): number | null {
    return this.connection.replica.server_version;
  }

  request_server_info(): Promise<ServerInfoReplyContent> {
    return this.connection.request_server_info();
  }

  /** A round trip to the server: resolves once everything sent before it has been handled. */
  async force_roundtrip(): Promise<void> {
    await new Promise<void>((r) => setTimeout(r, 0)); // let pending local changes flush first
    await this.connection.request_server_info();
  }

  /** Fetch the whole document again. */
  pull(): Promise<Document> {
    return this.connection.pull();
  }

  close(): Promise<{ code: number; reason: string } | null> {
    this.connection.close(1000, "client closed");
    return this.closed;
  }
}
