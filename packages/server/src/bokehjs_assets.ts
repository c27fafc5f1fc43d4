/**
 * The real BokehJS client (npm @bokeh/bokehjs, 3.x), served by Dash for `--client bokehjs`
 * pages and autoload.js: `/static/bokehjs/<bundle>` out of the installed package's
 * build/js, found with createRequire so it works from any cwd. URLs carry `?v=<version>`;
 * those are cached for a year (immutable), unversioned requests for an hour; every response
 * has an ETag and Last-Modified and a matching If-None-Match gets a 304.
 */
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import { DashError, ErrorCode } from "@dash/protocol";

/** The bundles a Bokeh server page loads, in Bokeh's order (bokeh-mathjax is left out: 1.7 MB, only for math text). */
export const BOKEHJS_BUNDLES: readonly string[] = ["bokeh.min.js", "bokeh-gl.min.js", "bokeh-widgets.min.js", "bokeh-tables.min.js"];
/** Everything under /static/bokehjs/ (nothing else of the package is reachable). */
const SERVABLE: ReadonlySet<string> = new Set([...BOKEHJS_BUNDLES, "bokeh-api.min.js", "bokeh-mathjax.min.js"]);

export const BOKEHJS_STATIC = "/static/bokehjs";
const LONG = "public, max-age=31536000, immutable";
const SHORT = "public, max-age=3600";

interface Asset {
  readonly body: Buffer;
  readonly etag: string;
  readonly last_modified: string;
}

export interface BokehJSPackage {
  readonly dir: string;
  readonly version: string;
}

let found: BokehJSPackage | null = null;

/** Where @bokeh/bokehjs is installed; throws DashError(BAD_OPTION) when it is not. */
export function bokehjs_package(): BokehJSPackage {
  if (found !== null) return found;
  const require = createRequire(import.meta.url);
  let pkg_json: string;
  try {
    pkg_json = require.resolve("@bokeh/bokehjs/package.json");
  } catch {
    throw new DashError(ErrorCode.BAD_OPTION, "the bokehjs client needs the npm package @bokeh/bokehjs (npm install @bokeh/bokehjs@3)");
  }
  const version = (require(pkg_json) as { version?: unknown }).version;
  if (typeof version !== "string" || !version.startsWith("3.")) {
    throw new DashError(ErrorCode.BAD_OPTION, `the bokehjs client needs @bokeh/bokehjs 3.x, found ${String(version)}`);
  }
  found = { dir: join(dirname(pkg_json), "build", "js"), version };
  return found;
}

/** Absolute-path (or absolute-URL, given `base`) URLs of the bundles a page loads, versioned. */
export function bokehjs_urls(base: string, prefix: string): string[] {
  const { version } = bokehjs_package();
  return BOKEHJS_BUNDLES.map((f) => `${base}${prefix}${BOKEHJS_STATIC}/${f}?v=${encodeURIComponent(version)}`);
}

const cache = new Map<string, Promise<Asset>>();

async function load(name: string): Promise<Asset> {
  const { dir, version } = bokehjs_package();
  const path = join(dir, name);
  const [body, st] = await Promise.all([readFile(path), stat(path)]);
  return {
    body,
    etag: `"bokehjs-${version}-${name}-${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`,
    last_modified: st.mtime.toUTCString(),
  };
}

function asset(name: string): Promise<Asset> {
  let p = cache.get(name);
  if (p === undefined) {
    p = load(name);
    p.catch(() => cache.delete(name));
    cache.set(name, p);
  }
  return p;
}

export function register_bokehjs_assets(f: FastifyInstance, prefix: string): void {
  f.get<{ Params: { file: string }; Querystring: { v?: string } }>(`${prefix}${BOKEHJS_STATIC}/:file`, async (req, reply) => {
    const name = req.params.file;
    if (!SERVABLE.has(name)) return reply.code(404).type("text/plain").send(`no BokehJS file '${name}'`);
    let a: Asset;
    let version: string;
    try {
      version = bokehjs_package().version;
      a = await asset(name);
    } catch (e) {
      req.log.error({ err: e }, "BokehJS unavailable");
      return reply.code(500).type("text/plain").send(e instanceof DashError ? `${e.code}: ${e.message}` : `BokehJS unavailable: ${String(e)}`);
    }
    reply
      .header("cache-control", req.query.v === version ? LONG : SHORT)
      .header("etag", a.etag)
      .header("last-modified", a.last_modified)
      .header("access-control-allow-origin", "*");
    const inm = req.headers["if-none-match"];
    if (inm !== undefined && inm.split(",").some((t) => t.trim() === a.etag)) return reply.code(304).send();
    return reply.type("application/javascript; charset=utf-8").send(a.body);
  });
}
