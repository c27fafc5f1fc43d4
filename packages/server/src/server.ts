/**
 * buildServer(options): a fastify instance with every route registered, never listening.
 * The caller listens (the CLI, or tests on 127.0.0.1:0). Ready runs on_server_loaded;
 * close shuts connections (1001) then destroys sessions and runs on_server_unloaded.
 */
import Fastify, { LogController, type FastifyInstance } from "fastify";
import websocket from "@fastify/websocket";
import { CloseCode } from "./connection.ts";
import { register_http_routes } from "./http_routes.ts";
import { resolve_options, type AllServerOptions } from "./options.ts";
import { register_parity_routes, start_stats_logging } from "./parity_routes.ts";
import { DashState } from "./state.ts";
import { RedisHosting } from "./redis/hosting.ts";
import { RedisHub } from "./redis/hub.ts";
import { register_ws_routes } from "./ws_route.ts";
import { install_fault_handlers } from "./app_faults.ts";

declare module "fastify" {
  interface FastifyInstance {
    dash: DashState;
    /** `--redis` mode: this process's link to Redis (null in single-process mode). */
    dash_redis: RedisHub | null;
  }
}

export interface BuildOptions extends AllServerOptions {
  /** Where log lines go (default stdout), e.g. a test's collector. */
  readonly log_stream?: { write(line: string): void };
  /**
   * Catch errors app code leaves uncaught (a throw in a plain setTimeout, an unhandled
   * rejection): process-level handlers, installed until close, log them with their app and
   * session and the process keeps serving. The `dash` CLI sets it; embedders opt in, since
   * it changes the crash policy of their whole process. Default false.
   */
  readonly catch_app_faults?: boolean;
}

export function buildServer(options: BuildOptions): FastifyInstance {
  const o = resolve_options(options);
  const f = Fastify({
    logger: { level: o.log_level, ...(options.log_stream ? { stream: options.log_stream } : {}) },
    routerOptions: { ignoreTrailingSlash: true },
    logController: new LogController({ disableRequestLogging: !o.dev }),
    forceCloseConnections: true,
    // bokeh serve parity: --use-xheaders trusts the proxy's X-Forwarded-*; --ssl-* serves TLS itself.
    trustProxy: o.parity.use_xheaders,
    ...(o.parity.ssl !== null ? { https: { ...o.parity.ssl } } : {}),
  });
  const state = new DashState(o, f.log);
  f.decorate("dash", state);
  const hub = o.redis === null ? null : new RedisHub(o.redis, f.log);
  f.decorate("dash_redis", hub);
  if (hub !== null) for (const m of state.managers.values()) m.hosting = new RedisHosting(hub, m);
  const remove_fault_handlers = options.catch_app_faults === true ? install_fault_handlers(f.log) : null;

  f.register(websocket, {
    options: {
      maxPayload: o.websocket_max_message_size,
      perMessageDeflate: o.parity.websocket_compression_level === null ? false : { zlibDeflateOptions: { level: o.parity.websocket_compression_level } },
    },
    errorHandler(error, socket, request) {
      // `ws` refusing a peer's bad frame (invalid UTF-8, oversized, bad close code: codes WS_ERR_*)
      // is expected input, closed with the right code already: a warning, no stack.
      const code = (error as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("WS_ERR_")) request.log.warn({ code }, `websocket closed: ${error.message}`);
      else if (typeof code === "string" && (code === "ECONNRESET" || code === "EPIPE")) request.log.debug({ code }, "websocket connection lost");
      else request.log.error({ err: error }, "websocket handler failed");
      socket.terminate();
    },
    async preClose() {
      for (const c of [...state.connections]) c.close(CloseCode.GOING_AWAY, "server shutting down");
      for (const client of f.websocketServer.clients) client.close(CloseCode.GOING_AWAY, "server shutting down");
      // Clients get a moment to answer the close handshake; ones that do not read are cut off.
      const deadline = Date.now() + 1000;
      while (f.websocketServer.clients.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      for (const client of f.websocketServer.clients) client.terminate();
    },
  });
  f.register(async (scope) => {
    register_parity_routes(scope, state);
    register_http_routes(scope, state);
    register_ws_routes(scope, state);
  });

  let stop_stats = (): void => undefined;
  f.addHook("onReady", async () => {
    stop_stats = start_stats_logging(state);
    hub?.start();
    for (const m of state.managers.values()) await m.start();
  });
  f.addHook("onClose", async () => {
    try {
      stop_stats();
      for (const m of state.managers.values()) await m.stop();
      await hub?.close();
    } finally {
      remove_fault_handlers?.();
    }
  });
  return f;
}
