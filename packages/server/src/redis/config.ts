/**
 * `--redis URL` (or DASH_REDIS_URL): several server processes keep each document
 * consistent through Redis. Tuning knobs exist for tests and benchmarks; the defaults
 * suit production.
 */
import { DashError, ErrorCode, describe_value } from "@dash/protocol";

export interface RedisOptions {
  /** redis://[user:pass@]HOST[:PORT][/DB] (rediss:// for TLS). */
  readonly url: string;
  /** Leader lock lifetime in ms; a dead leader is replaced after about this long. Default 3000. */
  readonly lock_ttl?: number;
  /** Entries kept per document stream (approximate trimming). Default 5000. */
  readonly stream_max?: number;
  /** A snapshot is written at most this many batches apart (when nothing is in flight). Default 100. */
  readonly snapshot_every?: number;
  /** Key prefix. Default "dash". */
  readonly prefix?: string;
}

export interface ResolvedRedis {
  readonly url: string;
  readonly lock_ttl: number;
  readonly stream_max: number;
  readonly snapshot_every: number;
  readonly prefix: string;
}

function bad(message: string, value: unknown): never {
  throw new DashError(ErrorCode.BAD_OPTION, `option redis: ${message}, got ${describe_value(value)}`, { option: "redis" });
}

function int(name: string, v: unknown, def: number, min: number): number {
  if (v === undefined) return def;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) bad(`${name} expected an integer >= ${min}`, v);
  return v;
}

export function check_redis_url(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return bad("expected a URL like redis://HOST:PORT/DB", url);
  }
  if (u.protocol !== "redis:" && u.protocol !== "rediss:") bad("expected a redis:// or rediss:// URL", url);
  if (u.hostname === "") bad("the URL needs a host", url);
  const db = u.pathname.replace(/^\//, "");
  if (db !== "" && !/^\d+$/.test(db)) bad("the database (URL path) must be a number", url);
  return url;
}

/** null: single-process mode (no broker). */
export function resolve_redis(opt: string | RedisOptions | undefined, env: Readonly<Record<string, string | undefined>>): ResolvedRedis | null {
  let o: RedisOptions | undefined;
  if (opt === undefined) {
    const url = env.DASH_REDIS_URL;
    o = url === undefined || url === "" ? undefined : { url };
  } else if (typeof opt === "string") {
    o = { url: opt };
  } else if (opt !== null && typeof opt === "object") {
    o = opt;
  } else {
    bad("expected a URL or an object", opt);
  }
  if (o === undefined) return null;
  if (typeof o.url !== "string") bad("url expected a string", o.url);
  const prefix = o.prefix ?? "dash";
  if (typeof prefix !== "string" || !/^[A-Za-z0-9_.:-]{1,64}$/.test(prefix)) bad("prefix expected letters, digits, _ . : -", prefix);
  return Object.freeze({
    url: check_redis_url(o.url),
    lock_ttl: int("lock_ttl", o.lock_ttl, 3000, 300),
    stream_max: int("stream_max", o.stream_max, 5000, 10),
    snapshot_every: int("snapshot_every", o.snapshot_every, 100, 1),
    prefix,
  });
}
