/**
 * The `bokeh serve` parity options (issue 18), kept apart from options.ts so the two
 * tables merge easily: index page, TLS, X-Forwarded-* headers, websocket compression,
 * periodic stats/memory log lines, the auth module and its cookie secret, the health and
 * metrics routes. resolve_parity validates them once; nothing else reads them raw.
 */
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Bokeh's --auth-module, in TypeScript. `get_user` decides whether a request has a user
 * (null/undefined: none; pages then redirect to the login URL, websockets are refused).
 * Handlers get fastify's request and reply; `reply.setCookie(name, value, { signed: true })`
 * and `req.unsignCookie(...)` sign with --cookie-secret.
 */
export interface AuthModule {
  get_user(req: FastifyRequest): unknown;
  /** Where to send a page request without a user (a fixed URL, or computed per request). */
  readonly login_url?: string;
  get_login_url?(req: FastifyRequest): string;
  /** Served at login_url (GET and POST), as Bokeh's LoginHandler. */
  login_handler?(req: FastifyRequest, reply: FastifyReply): unknown;
  readonly logout_url?: string;
  /** Served at logout_url (GET and POST), as Bokeh's LogoutHandler. */
  logout_handler?(req: FastifyRequest, reply: FastifyReply): unknown;
}

export interface ParityOptions {
  /** HTML of the app list at `/` (Bokeh's --index); `{{ items }}` becomes the links, `{{ prefix }}` the prefix. */
  readonly index_template?: string;
  /** No app list at `/` (404). */
  readonly disable_index?: boolean;
  /** With one app, `/` does not redirect to it (shows the list instead). */
  readonly disable_index_redirect?: boolean;
  /** Trust X-Forwarded-For/-Proto/-Host (behind a proxy): request URLs, ws:// vs wss:// and client addresses follow them. */
  readonly use_xheaders?: boolean;
  /** Serve HTTPS and WSS with this certificate and key (PEM text). */
  readonly ssl?: { readonly cert: string | Buffer; readonly key: string | Buffer; readonly passphrase?: string };
  /** permessage-deflate level 0..9 for websockets; null: compression off (default, as Bokeh). */
  readonly websocket_compression_level?: number | null;
  /** Log session/connection counts every N ms; 0 disables. Default 15000 (Bokeh's). */
  readonly stats_log_frequency?: number;
  /** Log process memory every N ms; 0 disables (default). */
  readonly mem_log_frequency?: number;
  /** Who may see pages and open websockets (Bokeh's --auth-module). */
  readonly auth?: AuthModule | null;
  /** Signs auth cookies (Bokeh's --cookie-secret / BOKEH_COOKIE_SECRET; here DASH_COOKIE_SECRET). */
  readonly cookie_secret?: string | null;
}

export interface ResolvedParity {
  readonly index_template: string | null;
  readonly disable_index: boolean;
  readonly disable_index_redirect: boolean;
  readonly use_xheaders: boolean;
  readonly ssl: { readonly cert: string | Buffer; readonly key: string | Buffer; readonly passphrase?: string } | null;
  readonly websocket_compression_level: number | null;
  readonly stats_log_frequency: number;
  readonly mem_log_frequency: number;
  readonly auth: AuthModule | null;
  readonly cookie_secret: string | null;
}

export const PARITY_DEFAULTS = Object.freeze({ stats_log_frequency: 15_000, mem_log_frequency: 0 });

/** Paths taken by server routes, so no app may use them as its name. */
export const RESERVED_APP_NAMES: readonly string[] = ["static", "liveness", "metrics"];

type Bad = (option: string, message: string, value: unknown) => never;

function ms(name: string, v: unknown, def: number, bad: Bad): number {
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) bad(name, "expected an integer >= 0 (ms)", v);
  return v;
}

export function resolve_parity(opts: ParityOptions & { readonly apps?: Readonly<Record<string, unknown>> }, bad: Bad): ResolvedParity {
  for (const name of Object.keys(opts.apps ?? {})) {
    if (RESERVED_APP_NAMES.includes(name)) bad("apps", `app name '${name}' is taken by a server route (${RESERVED_APP_NAMES.join(", ")})`, name);
  }
  if (opts.index_template !== undefined && typeof opts.index_template !== "string") bad("index_template", "expected HTML text", opts.index_template);
  const level = opts.websocket_compression_level ?? null;
  if (level !== null && (typeof level !== "number" || !Number.isInteger(level) || level < 0 || level > 9)) {
    bad("websocket_compression_level", "expected an integer 0..9", level);
  }
  const ssl = opts.ssl ?? null;
  if (ssl !== null && (typeof ssl !== "object" || ssl.cert === undefined || ssl.key === undefined)) bad("ssl", "expected { cert, key }", ssl);
  const auth = opts.auth ?? null;
  if (auth !== null) {
    if (typeof auth.get_user !== "function") bad("auth", "the auth module must export get_user(request)", auth.get_user);
    if (auth.login_url === undefined && typeof auth.get_login_url !== "function") {
      bad("auth", "the auth module must export login_url or get_login_url(request)", auth);
    }
    for (const k of ["login_handler", "logout_handler", "get_login_url"] as const) {
      if (auth[k] !== undefined && typeof auth[k] !== "function") bad("auth", `export ${k} must be a function`, auth[k]);
    }
    if (auth.login_handler !== undefined && auth.login_url === undefined) bad("auth", "login_handler needs login_url (where it is served)", auth);
    if (auth.logout_handler !== undefined && auth.logout_url === undefined) bad("auth", "logout_handler needs logout_url (where it is served)", auth);
  }
  const cookie_secret = opts.cookie_secret ?? null;
  if (cookie_secret !== null && (typeof cookie_secret !== "string" || Buffer.byteLength(cookie_secret) < 32)) {
    bad("cookie_secret", "expected at least 32 bytes", typeof cookie_secret === "string" ? `${Buffer.byteLength(cookie_secret)} bytes` : cookie_secret);
  }
  return Object.freeze({
    index_template: opts.index_template ?? null,
    disable_index: opts.disable_index ?? false,
    disable_index_redirect: opts.disable_index_redirect ?? false,
    use_xheaders: opts.use_xheaders ?? false,
    ssl,
    websocket_compression_level: level,
    stats_log_frequency: ms("stats_log_frequency", opts.stats_log_frequency, PARITY_DEFAULTS.stats_log_frequency, bad),
    mem_log_frequency: ms("mem_log_frequency", opts.mem_log_frequency, PARITY_DEFAULTS.mem_log_frequency, bad),
    auth,
    cookie_secret,
  });
}
