/**
 * The websocket route `/<app>/ws`: origin check before the upgrade; then the token
 * (subprotocols ['bokeh', token]) names the session, which is created when it does not
 * exist yet (as Bokeh does for server_document / pull_session); ACK once connected.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { RawData, WebSocket } from "ws";
import { BINARY_PULL_CLAIM, DashError, ErrorCode, MsgType, create_message, type Fragment } from "@dash/protocol";
import { CloseCode, ServerConnection, close_reason, corking } from "./connection.ts";
import { normalize_host } from "./options.ts";
import { allowed_origins } from "./page_security.ts";
import { handle_message } from "./protocol_handler.ts";
import { request_info } from "./request_info.ts";
import type { SessionManager } from "./session_manager.ts";
import type { DashState } from "./state.ts";
import { verify_token } from "./tokens.ts";

export function origin_allowed(origin: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true; // not a browser (Node clients, curl): nothing to check, as tornado does
  if (allowed.includes("*")) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return allowed.includes(normalize_host(host));
}

function to_fragment(data: RawData, is_binary: boolean): Fragment {
  const bytes = Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;
  return is_binary ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}

function token_from(req: FastifyRequest): string {
  const header = req.headers["sec-websocket-protocol"];
  const parts = (typeof header === "string" ? header : "").split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (parts.length !== 2 || parts[0] !== "bokeh") {
    throw new DashError(ErrorCode.BAD_TOKEN, "subprotocols must be ['bokeh', token]");
  }
  return parts[1]!;
}

async function open(state: DashState, manager: SessionManager, socket: WebSocket, req: FastifyRequest): Promise<void> {
  // Closures below must not capture `req`: a long-lived connection should not keep the request alive.
  const o = state.options;
  const log = req.log;
  const info = request_info(req);
  let token: string | null = null;
  let token_error: unknown = null;
  try {
    token = token_from(req);
  } catch (e) {
    token_error = e;
  }
  let conn: ServerConnection | null = null;
  const early: Fragment[] = [];
  let early_bytes = 0;
  socket.on("message", (data: RawData, is_binary: boolean) => {
    const fragment = to_fragment(data, is_binary);
    state.metrics.received(typeof fragment === "string" ? Buffer.byteLength(fragment) : fragment.byteLength);
    if (conn !== null) return conn.receive(fragment);
    early_bytes += typeof fragment === "string" ? fragment.length : fragment.byteLength;
    if (early_bytes > o.websocket_max_message_size) socket.close(CloseCode.TOO_BIG, "too much data before the session was ready");
    else early.push(fragment);
  });
  socket.on("close", () => conn?.closed_by_peer());
  socket.on("pong", (data: Buffer) => conn?.pong(data.toString("utf8")));
  socket.on("error", (err: Error & { code?: string }) => {
    // ws refuses a frame above maxPayload (= the message cap) from its header, before buffering it, and closes with 1009.
    if (err.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH") {
      log.warn({ conn: conn?.id, code: ErrorCode.PROTOCOL_TOO_LARGE, max: o.websocket_max_message_size }, `closing connection: ${ErrorCode.PROTOCOL_TOO_LARGE}: ${err.message}`);
    } else log.debug({ err }, "websocket error");
  });

  const refuse = (code: CloseCode, e: unknown): void => {
    const text = e instanceof DashError ? `${e.code}: ${e.message}` : `session failed: ${e instanceof Error ? e.message : String(e)}`;
    state.metrics.connections_refused++;
    log.info({ app: manager.app_name }, `websocket refused: ${text}`);
    socket.close(code, close_reason(text));
  };

  let session_id: string;
  let binary_pull = false;
  try {
    if (token === null) throw token_error;
    const payload = verify_token(token, state.tokens);
    session_id = payload.session_id;
    binary_pull = payload[BINARY_PULL_CLAIM] === true;
  } catch (e) {
    return refuse(CloseCode.POLICY, e);
  }
  let session;
  try {
    session = await manager.get_or_create(session_id, info);
  } catch (e) {
    const busy = e instanceof DashError && e.code === ErrorCode.TOO_MANY_SESSIONS;
    return refuse(busy ? CloseCode.TRY_AGAIN_LATER : CloseCode.INTERNAL, e);
  }
  if (socket.readyState !== socket.OPEN || session.destroyed) return;

  const c = new ServerConnection(
    state.metrics.counting(corking(socket as unknown as Parameters<typeof corking>[0])),
    {
      max_message_size: o.websocket_max_message_size,
      send_queue_max_bytes: o.send_queue_max_bytes,
      send_high_water: o.send_high_water,
      keep_alive: o.keep_alive,
      slow_consumer_timeout: o.slow_consumer_timeout,
      max_queued_messages: o.websocket_max_queued_messages,
      max_queued_bytes: o.websocket_max_queued_bytes,
      message_rate: o.websocket_max_message_rate,
      message_burst: o.websocket_message_burst,
    },
    {
      message: (cn, msg) => handle_message(session, cn, msg),
      resync: (cn) => session.resync(cn),
      closed: (cn) => {
        session.unsubscribe(cn);
        if (state.connections.delete(cn)) state.metrics.connection_closed(cn);
      },
    },
    session.log,
  );
  c.binary_pull = binary_pull;
  conn = c;
  session.subscribe(c);
  state.connections.add(c);
  state.metrics.connections_opened++;
  session.log.debug({ conn: c.id }, "connection opened");
  c.send(create_message(MsgType.ACK, {}));
  for (const f of early.splice(0)) c.receive(f);
}

export function register_ws_routes(f: FastifyInstance, state: DashState): void {
  const check_origin = async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const origin = req.headers.origin;
    if (!origin_allowed(origin, allowed_origins(state, req))) {
      req.log.warn({ origin }, "websocket origin refused");
      await reply.code(403).type("text/plain").send(`${ErrorCode.BAD_ORIGIN}: origin ${origin} is not allowed; see --allow-websocket-origin`);
    }
  };
  for (const [name, manager] of state.managers) {
    f.get(`${state.app_path(name)}/ws`, { websocket: true, preValidation: check_origin }, (socket, req) => {
      void open(state, manager, socket, req);
    });
  }
}
