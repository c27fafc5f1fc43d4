/**
 * Server options: what `buildServer` accepts, Bokeh's defaults, and one validation pass
 * that returns a frozen, fully resolved copy. Nothing else reads raw options.
 */
import { DashError, ErrorCode, describe_value } from "@dash/protocol";
import type { AppModule } from "./app.ts";
import { bokehjs_package } from "./bokehjs_assets.ts";
import { resolve_redis, type RedisOptions, type ResolvedRedis } from "./redis/config.ts";
import { resolve_parity, type ParityOptions, type ResolvedParity } from "./parity_options.ts";

export type SessionIds = "unsigned" | "signed";
/** A browser client of app pages and autoload.js: Dash's own, or the real BokehJS 3.x. */
export type ClientKind = "dash" | "bokehjs";
/** Which client pages get: "auto" decides per document (client_choice.ts), the others force one. */
export type ClientChoice = "auto" | ClientKind;
export const CLIENT_KINDS: readonly ClientChoice[] = ["auto", "dash", "bokehjs"];
export type LogLevel = "trace" | "debug" | "info" | "warn" | "error" | "fatal" | "silent";
export const LOG_LEVELS: readonly LogLevel[] = ["trace", "debug", "info", "warn", "error", "fatal", "silent"];

export interface ServerOptions {
  /** App name (its URL path segment) -> loaded app module. */
  readonly apps: Readonly<Record<string, AppModule>>;
  /** Where the server will listen; used for the default websocket origin. Default 5006 / 127.0.0.1. */
  readonly port?: number;
  readonly address?: string;
  /** Hosts (HOST[:PORT], or "*") allowed as websocket Origin. Default: the listening address. */
  readonly allow_websocket_origin?: readonly string[];
  /** URL prefix for every route, e.g. "/dash". Default "". */
  readonly prefix?: string;
  /** "signed" needs DASH_SECRET_KEY (or `secret_key`), at least 32 bytes. Default "unsigned". */
  readonly session_ids?: SessionIds;
  readonly secret_key?: string;
  /** Session token lifetime in ms (Bokeh's --session-token-expiration). Default 300000. */
  readonly session_token_expiration?: number;
  /** Websocket ping interval in ms; 0 disables. Default 37000. */
  readonly keep_alive?: number;
  /** How often unused sessions are looked for, in ms. Default 17000. */
  readonly check_unused_sessions?: number;
  /** How long a session without connections lives, in ms. Default 15000. */
  readonly unused_session_lifetime?: number;
  /** Largest accepted websocket message (all frames), in bytes. Default 20 MiB. */
  readonly websocket_max_message_size?: number;
  /** Largest decoded base64 `bytes`/ndarray in a client's message, checked before inflating. Default: websocket_max_message_size. */
  readonly max_decoded_size?: number;
  /** Graceful shutdown deadline in ms; past it the CLI exits anyway (non-zero). Default 5000. */
  readonly shutdown_timeout?: number;
  /** Per-connection bound on received messages waiting to be handled (count). Default 1024. */
  readonly websocket_max_queued_messages?: number;
  /** Per-connection bound on the bytes of received messages waiting to be handled. Default 32 MiB. */
  readonly websocket_max_queued_bytes?: number;
  /** Per-connection sustained message rate (token bucket refill, messages/s); 0 disables. Default 100. */
  readonly websocket_max_message_rate?: number;
  /** Per-connection burst of messages above the rate (token bucket size). Default 400. */
  readonly websocket_message_burst?: number;
  /** Per-connection bound on bytes waiting to be sent. Default 16 MiB. */
  readonly send_queue_max_bytes?: number;
  /** Bytes handed to the socket before further messages wait in the queue. Default 1 MiB. */
  readonly send_high_water?: number;
  /** How long a resynchronising connection may stay stalled before it is closed, in ms. Default 30000. */
  readonly slow_consumer_timeout?: number;
  /** CSP frame-ancestors of app pages: which pages may embed them in a frame (CSP source list). Default "'self'". */
  readonly frame_ancestors?: string;
  /** Development mode: rebuild the client bundle when its sources change. */
  readonly dev?: boolean;
  readonly log_level?: LogLevel;
  /** Client of app pages and autoload.js (`?client=` overrides per request). Default "auto": Dash's when it handles every model type of the document, BokehJS otherwise. */
  readonly client?: ClientChoice;
  /** Override where the client bundle comes from (tests). Default: packages/client, built on demand. */
  readonly client_bundle?: ClientBundleOptions;
  /** Run as one of several processes sharing documents through Redis (URL, or DASH_REDIS_URL). Default: single process. */
  readonly redis?: string | RedisOptions;
  /** Live sessions per app (page loads, websockets, named documents); past it new ones are refused (503). 0: no cap. Default 5000. */
  readonly max_sessions?: number;
  /** Live named documents (`?doc=`) per app; past it new names are refused (503). Default 100. */
  readonly max_named_documents?: number;
}

/** Everything `buildServer` accepts: the options above plus the `bokeh serve` parity block (parity_options.ts). */
export type AllServerOptions = ServerOptions & ParityOptions;

export interface ClientBundleOptions {
  /** Client package directory (with src/main.ts). */
  readonly client_dir?: string;
  /** A prebuilt file to serve as-is. */
  readonly file?: string;
}

export interface ResolvedOptions {
  readonly apps: Readonly<Record<string, AppModule>>;
  readonly port: number;
  readonly address: string;
  readonly allow_websocket_origin: readonly string[];
  readonly prefix: string;
  readonly session_ids: SessionIds;
  readonly secret_key: string | null;
  readonly session_token_expiration: number;
  readonly keep_alive: number;
  readonly check_unused_sessions: number;
  readonly unused_session_lifetime: number;
  readonly websocket_max_message_size: number;
  /** Largest decoded `bytes`/ndarray in a client's message (default: the websocket message cap). */
  readonly max_decoded_size: number;
  /** Graceful shutdown gives up after this many ms (the process exits non-zero). */
  readonly shutdown_timeout: number;
  readonly websocket_max_queued_messages: number;
  readonly websocket_max_queued_bytes: number;
  readonly websocket_max_message_rate: number;
  readonly websocket_message_burst: number;
  readonly send_queue_max_bytes: number;
  readonly send_high_water: number;
  readonly slow_consumer_timeout: number;
  readonly frame_ancestors: string;
  readonly dev: boolean;
  readonly log_level: LogLevel;
  readonly client: ClientChoice;
  readonly client_bundle: ClientBundleOptions;
  readonly redis: ResolvedRedis | null;
  readonly max_sessions: number;
  readonly max_named_documents: number;
  /** `bokeh serve` parity (issue 18): see parity_options.ts. */
  readonly parity: ResolvedParity;
}

export const DEFAULTS = Object.freeze({
  port: 5006,
  address: "127.0.0.1",
  prefix: "",
  session_ids: "unsigned" as SessionIds,
  session_token_expiration: 300_000,
  keep_alive: 37_000,
  check_unused_sessions: 17_000,
  unused_session_lifetime: 15_000,
  websocket_max_message_size: 20 * 1024 * 1024,
  // A Dash client that reconnects resends every edit made offline at once (hundreds): the byte bound and the rate guard memory and CPU.
  websocket_max_queued_messages: 1024,
  websocket_max_queued_bytes: 32 * 1024 * 1024,
  websocket_max_message_rate: 100,
  websocket_message_burst: 400,
  send_queue_max_bytes: 16 * 1024 * 1024,
  send_high_water: 1024 * 1024,
  slow_consumer_timeout: 30_000,
  max_sessions: 5000,
  max_named_documents: 100,
  shutdown_timeout: 5_000,
  log_level: "info" as LogLevel,
  client: "auto" as ClientChoice,
  frame_ancestors: "'self'",
});

export const APP_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

function bad(option: string, message: string, value: unknown): never {
  throw new DashError(ErrorCode.BAD_OPTION, `option ${option}: ${message}, got ${describe_value(value)}`, { option });
}

function int(name: string, v: unknown, def: number, min: number): number {
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) bad(name, `expected an integer >= ${min}`, v);
  return v;
}

/** A CSP source list ("'self' https://a.example"): printable, without the separators that would end the directive. */
function csp_sources(name: string, v: unknown, def: string): string {
  if (v === undefined) return def;
  if (typeof v !== "string" || v.trim() === "" || !/^[\x21-\x7e ]+$/.test(v) || /[;,]/.test(v)) {
    bad(name, "expected a CSP source list such as 'self' or 'none' or https://example.com", v);
  }
  return v.trim();
}

/** Normalise HOST[:PORT] as Bokeh does: lower case, default port 80 left implicit. */
export function normalize_host(h: string): string {
  return h.trim().toLowerCase().replace(/:80$/, "");
}

export function resolve_options(opts: AllServerOptions, env: Readonly<Record<string, string | undefined>> = process.env): ResolvedOptions {
  if (opts === null || typeof opts !== "object") bad("options", "expected an object", opts);
  const apps = opts.apps;
  if (apps === null || typeof apps !== "object") bad("apps", "expected an object of app name -> module", apps);
  for (const [name, app] of Object.entries(apps)) {
    if (!APP_NAME.test(name) || name === "static") bad("apps", `app name '${name}' must be a URL-safe word other than 'static'`, name);
    if (app === null || typeof app !== "object" || typeof app.default !== "function") {
      bad("apps", `app '${name}' needs a default export (doc) => void`, app);
    }
  }
  const port = int("port", opts.port, DEFAULTS.port, 0);
  if (port > 65535) bad("port", "expected 0..65535", port);
  const address = opts.address ?? DEFAULTS.address;
  if (typeof address !== "string" || address.length === 0) bad("address", "expected a host name or IP", address);

  let prefix = opts.prefix ?? DEFAULTS.prefix;
  if (typeof prefix !== "string") bad("prefix", "expected a string", prefix);
  prefix = prefix.replace(/\/+$/, "");
  if (prefix !== "" && !prefix.startsWith("/")) prefix = "/" + prefix;
  if (!/^(\/[A-Za-z0-9_.~-]+)*$/.test(prefix)) bad("prefix", "expected a URL path like /dash", opts.prefix);

  const session_ids = opts.session_ids ?? DEFAULTS.session_ids;
  if (session_ids !== "unsigned" && session_ids !== "signed") bad("session_ids", "expected 'unsigned' or 'signed'", session_ids);
  const secret_key = opts.secret_key ?? env.DASH_SECRET_KEY ?? null;
  if (session_ids === "signed") {
    if (secret_key === null) bad("session_ids", "signed session ids need DASH_SECRET_KEY to be set", session_ids);
    if (Buffer.byteLength(secret_key) < 32) bad("secret_key", "DASH_SECRET_KEY must be at least 32 bytes", `${Buffer.byteLength(secret_key)} bytes`);
  }

  let origins = opts.allow_websocket_origin;
  if (origins !== undefined && (!Array.isArray(origins) || origins.some((o) => typeof o !== "string" || o.trim() === ""))) {
    bad("allow_websocket_origin", "expected a list of HOST[:PORT]", origins);
  }
  if (origins === undefined || origins.length === 0) {
    const local = address === "0.0.0.0" || address === "::" || address === "127.0.0.1" || address === "localhost";
    origins = local ? [`localhost:${port}`, `127.0.0.1:${port}`] : [`${address}:${port}`];
  }

  const log_level = opts.log_level ?? DEFAULTS.log_level;
  if (!LOG_LEVELS.includes(log_level)) bad("log_level", `expected one of ${LOG_LEVELS.join(", ")}`, log_level);
  const client = opts.client ?? DEFAULTS.client;
  if (!CLIENT_KINDS.includes(client)) bad("client", `expected one of ${CLIENT_KINDS.join(", ")}`, client);
  if (client === "bokehjs") bokehjs_package(); // fails now, not at the first page, when it is not installed
  const websocket_max_message_size = int("websocket_max_message_size", opts.websocket_max_message_size, DEFAULTS.websocket_max_message_size, 1024);
  const send_queue_max_bytes = int("send_queue_max_bytes", opts.send_queue_max_bytes, DEFAULTS.send_queue_max_bytes, 1024);
  const send_high_water = int("send_high_water", opts.send_high_water, Math.min(DEFAULTS.send_high_water, send_queue_max_bytes), 1);

  return Object.freeze({
    apps: Object.freeze({ ...apps }),
    port,
    address,
    allow_websocket_origin: Object.freeze(origins.map(normalize_host)),
    prefix,
    session_ids,
    secret_key,
    session_token_expiration: int("session_token_expiration", opts.session_token_expiration, DEFAULTS.session_token_expiration, 1),
    keep_alive: int("keep_alive", opts.keep_alive, DEFAULTS.keep_alive, 0),
    check_unused_sessions: int("check_unused_sessions", opts.check_unused_sessions, DEFAULTS.check_unused_sessions, 1),
    unused_session_lifetime: int("unused_session_lifetime", opts.unused_session_lifetime, DEFAULTS.unused_session_lifetime, 1),
    websocket_max_message_size,
    websocket_max_queued_messages: int("websocket_max_queued_messages", opts.websocket_max_queued_messages, DEFAULTS.websocket_max_queued_messages, 1),
    websocket_max_queued_bytes: int("websocket_max_queued_bytes", opts.websocket_max_queued_bytes, DEFAULTS.websocket_max_queued_bytes, 1024),
    websocket_max_message_rate: int("websocket_max_message_rate", opts.websocket_max_message_rate, DEFAULTS.websocket_max_message_rate, 0),
    websocket_message_burst: int("websocket_message_burst", opts.websocket_message_burst, DEFAULTS.websocket_message_burst, 1),
    max_decoded_size: int("max_decoded_size", opts.max_decoded_size, websocket_max_message_size, 1),
    shutdown_timeout: int("shutdown_timeout", opts.shutdown_timeout, DEFAULTS.shutdown_timeout, 1),
    send_queue_max_bytes,
    send_high_water,
    slow_consumer_timeout: int("slow_consumer_timeout", opts.slow_consumer_timeout, DEFAULTS.slow_consumer_timeout, 1),
    frame_ancestors: csp_sources("frame_ancestors", opts.frame_ancestors, DEFAULTS.frame_ancestors),
    dev: opts.dev ?? false,
    log_level,
    client,
    client_bundle: Object.freeze({ ...(opts.client_bundle ?? {}) }),
    redis: resolve_redis(opts.redis, env),
    max_sessions: int("max_sessions", opts.max_sessions, DEFAULTS.max_sessions, 0),
    max_named_documents: int("max_named_documents", opts.max_named_documents, DEFAULTS.max_named_documents, 0),
    parity: resolve_parity(opts, bad),
  });
}
