/**
 * The `bokeh serve` parity flags of `dash serve` (issue 18), apart from cli.ts's table so
 * the two merge easily: their parseArgs entries, usage lines, and the conversion of their
 * values (files read, modules imported) into buildServer options.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ParseArgsConfig } from "node:util";
import { glob } from "tinyglobby";
import { PARITY_DEFAULTS, type AuthModule, type ParityOptions } from "./parity_options.ts";

export const PARITY_FLAGS = {
  index: { type: "string" },
  "disable-index": { type: "boolean" },
  "disable-index-redirect": { type: "boolean" },
  glob: { type: "boolean" },
  "use-xheaders": { type: "boolean" },
  "ssl-certfile": { type: "string" },
  "ssl-keyfile": { type: "string" },
  "ssl-password": { type: "string" },
  "websocket-compression-level": { type: "string" },
  "session-token-expiration": { type: "string" },
  "stats-log-frequency": { type: "string" },
  "mem-log-frequency": { type: "string" },
  "auth-module": { type: "string" },
  "cookie-secret": { type: "string" },
  "skip-check": { type: "boolean" },
} as const satisfies ParseArgsConfig["options"];

export const PARITY_USAGE = `  --args ARG...                      everything after --args goes to the apps (process.argv.slice(2), Bokeh's sys.argv)
  --index FILE                       HTML of the app list at /; {{ items }} = the links, {{ prefix }} = the prefix
  --disable-index                    no app list at / (404)
  --disable-index-redirect           with one app, / lists it instead of redirecting
  --glob                             APP arguments are glob patterns (quoted: 'apps/*.ts')
  --use-xheaders                     trust X-Forwarded-Proto/-Host/-For from a proxy
  --ssl-certfile FILE --ssl-keyfile FILE [--ssl-password P]  serve HTTPS and WSS
  --websocket-compression-level 0-9  permessage-deflate for websockets (default off)
  --session-token-expiration SECONDS how long a page's token may open its websocket (default 300)
  --stats-log-frequency MS           log session/connection counts every MS, 0 = never (default ${PARITY_DEFAULTS.stats_log_frequency})
  --mem-log-frequency MS             log process memory every MS, 0 = never (default ${PARITY_DEFAULTS.mem_log_frequency})
  --auth-module FILE                 module exporting get_user, login_url|get_login_url, login/logout handlers
  --cookie-secret SECRET             signs auth cookies, at least 32 bytes (or DASH_COOKIE_SECRET)
  --skip-check                       do not type-check and trial-run the apps before serving
`;

export class FlagError extends Error {}

type ParityValues = { [K in keyof typeof PARITY_FLAGS]?: (typeof PARITY_FLAGS)[K]["type"] extends "boolean" ? boolean : string };

function whole(flag: string, v: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new FlagError(`--${flag} expects a whole number ${min}..${max === Number.MAX_SAFE_INTEGER ? "" : max}, got '${v}'`);
  return Number(v);
}

function read(flag: string, file: string): string {
  try {
    return readFileSync(resolve(file), "utf8");
  } catch (e) {
    throw new FlagError(`--${flag}: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Bokeh's --args: everything after it belongs to the apps. */
export function split_app_args(argv: readonly string[]): { own: string[]; app_args: string[] | null } {
  const i = argv.indexOf("--args");
  return i < 0 ? { own: [...argv], app_args: null } : { own: argv.slice(0, i), app_args: argv.slice(i + 1) };
}

/** --glob: each positional is a pattern; each must match at least one file. */
export async function expand_globs(patterns: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of patterns) {
    const found = (await glob(p, { onlyFiles: false, absolute: false, expandDirectories: false })).sort();
    if (found.length === 0) throw new FlagError(`--glob: '${p}' matches no file`);
    out.push(...found);
  }
  return out;
}

async function load_auth(file: string): Promise<AuthModule> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(resolve(file)).href)) as Record<string, unknown>;
  } catch (e) {
    throw new FlagError(`--auth-module: cannot load ${file}: ${e instanceof Error ? e.message : String(e)}`);
  }
  // A default-exported object works too; named exports as Bokeh's auth modules otherwise.
  const m = (mod.default !== null && typeof mod.default === "object" ? mod.default : mod) as Record<string, unknown>;
  if (typeof m.get_user !== "function") throw new FlagError(`--auth-module: ${file} must export get_user(request)`);
  return m as unknown as AuthModule;
}

/** The parity flags as buildServer options (and the token expiration, in ms). */
export async function parity_options(
  v: ParityValues,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<ParityOptions & { session_token_expiration?: number }> {
  const cert = v["ssl-certfile"], key = v["ssl-keyfile"];
  if ((cert === undefined) !== (key === undefined)) throw new FlagError("--ssl-certfile and --ssl-keyfile go together");
  const expiration = whole("session-token-expiration", v["session-token-expiration"], 1);
  const level = whole("websocket-compression-level", v["websocket-compression-level"], 0, 9);
  const cookie_secret = v["cookie-secret"] ?? env.DASH_COOKIE_SECRET;
  const auth = v["auth-module"] !== undefined ? await load_auth(v["auth-module"]) : null;
  if (auth !== null && cookie_secret === undefined) throw new FlagError("--auth-module needs --cookie-secret (or DASH_COOKIE_SECRET) to sign its cookies");
  return {
    ...(v.index !== undefined ? { index_template: read("index", v.index) } : {}),
    disable_index: v["disable-index"] ?? false,
    disable_index_redirect: v["disable-index-redirect"] ?? false,
    use_xheaders: v["use-xheaders"] ?? false,
    ...(cert !== undefined && key !== undefined
      ? { ssl: { cert: read("ssl-certfile", cert), key: read("ssl-keyfile", key), ...(v["ssl-password"] !== undefined ? { passphrase: v["ssl-password"] } : {}) } }
      : {}),
    websocket_compression_level: level ?? null,
    ...(expiration !== undefined ? { session_token_expiration: expiration * 1000 } : {}),
    stats_log_frequency: whole("stats-log-frequency", v["stats-log-frequency"], 0),
    mem_log_frequency: whole("mem-log-frequency", v["mem-log-frequency"], 0),
    auth,
    cookie_secret: cookie_secret ?? null,
  };
}
