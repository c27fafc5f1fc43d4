/**
 * The `bokeh serve` parity routes and hooks: `/liveness` (Bokeh's health endpoint),
 * `/metrics` (Prometheus text), the auth module (pages, autoload.js and websockets refused
 * without a user; its login/logout handlers), and the periodic stats and memory log lines.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import { ErrorCode } from "@dash/protocol";
import type { DashState } from "./state.ts";

/** Paths the auth module guards: every app's page, autoload.js and websocket. */
function guarded_paths(state: DashState): Set<string> {
  const out = new Set<string>();
  for (const name of state.app_names) {
    const p = state.app_path(name);
    for (const x of [p, `${p}/`, `${p}/autoload.js`, `${p}/ws`]) out.add(x);
  }
  return out;
}

function login_url_of(state: DashState, req: FastifyRequest): string | null {
  const auth = state.options.parity.auth;
  if (auth === null) return null;
  return auth.get_login_url !== undefined ? auth.get_login_url(req) : (auth.login_url ?? null);
}

export function register_parity_routes(f: FastifyInstance, state: DashState): void {
  const o = state.options;
  const prefix = o.prefix;
  const p = o.parity;

  f.get(`${prefix}/liveness`, (_req, reply) => reply.header("cache-control", "no-store").send({ alive: true }));
  f.get(`${prefix}/metrics`, (_req, reply) =>
    reply.header("cache-control", "no-store").type("text/plain; version=0.0.4; charset=utf-8").send(state.metrics.prometheus(state)));

  if (p.auth !== null || p.cookie_secret !== null) {
    f.register(cookie, p.cookie_secret !== null ? { secret: p.cookie_secret } : {});
  }
  // HTML login forms post urlencoded bodies; fastify parses only JSON by itself.
  f.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const auth = p.auth;
  if (auth === null) return;
  const guarded = guarded_paths(state);
  f.addHook("onRequest", async (req, reply) => {
    const url = req.routeOptions.url;
    if (url === undefined || !guarded.has(url)) return;
    let user: unknown;
    try {
      user = await auth.get_user(req);
    } catch (e) {
      req.log.error({ err: e }, "auth module get_user failed");
      user = null;
    }
    if (user !== null && user !== undefined && user !== false) return;
    if (url.endsWith("/ws")) {
      state.metrics.connections_refused++;
      return reply.code(401).type("text/plain").send(`${ErrorCode.BAD_TOKEN}: no user; log in first`);
    }
    const login = url.endsWith("/autoload.js") ? null : login_url_of(state, req);
    if (login !== null) {
      const next = encodeURIComponent(req.url);
      return reply.redirect(`${login}${login.includes("?") ? "&" : "?"}next=${next}`);
    }
    return reply.code(401).type("text/plain").send("not logged in");
  });
  if (auth.login_handler !== undefined && auth.login_url !== undefined && auth.login_url.startsWith("/")) {
    const h = auth.login_handler.bind(auth);
    f.route({ method: ["GET", "POST"], url: auth.login_url, handler: (req, reply) => h(req, reply) });
  }
  if (auth.logout_handler !== undefined && auth.logout_url !== undefined && auth.logout_url.startsWith("/")) {
    const h = auth.logout_handler.bind(auth);
    f.route({ method: ["GET", "POST"], url: auth.logout_url, handler: (req, reply) => h(req, reply) });
  }
}

/** Bokeh's periodic "[pid] N sessions, M connections" and memory lines; returns a stop function. */
export function start_stats_logging(state: DashState): () => void {
  const p = state.options.parity;
  const timers: Array<ReturnType<typeof setInterval>> = [];
  if (p.stats_log_frequency > 0) {
    timers.push(setInterval(() => {
      const s = state.metrics.stats(state);
      state.log.info({ pid: process.pid, ...s }, `[pid ${process.pid}] ${s.sessions} sessions, ${s.connections} connections`);
    }, p.stats_log_frequency));
  }
  if (p.mem_log_frequency > 0) {
    timers.push(setInterval(() => {
      const m = process.memoryUsage();
      const mib = (n: number): string => (n / 1048576).toFixed(1);
      state.log.info(
        { pid: process.pid, rss: m.rss, heap_used: m.heapUsed, heap_total: m.heapTotal, external: m.external },
        `[pid ${process.pid}] memory: rss ${mib(m.rss)} MiB, heap ${mib(m.heapUsed)}/${mib(m.heapTotal)} MiB, external ${mib(m.external)} MiB`,
      );
    }, p.mem_log_frequency));
  }
  for (const t of timers) t.unref?.();
  return () => {
    for (const t of timers) clearInterval(t);
  };
}
