/**
 * A directory app's `static/` folder at `/<app>/static/...`, as `bokeh serve` serves it:
 * files only, nothing outside the folder (no `..`, no symlink escapes), a content type by
 * extension, revalidated by the browser (no-cache + Last-Modified).
 */
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { FastifyInstance } from "fastify";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "application/javascript; charset=utf-8",
  ".mjs": "application/javascript; charset=utf-8", ".json": "application/json", ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
  ".gif": "image/gif", ".webp": "image/webp", ".ico": "image/x-icon", ".woff": "font/woff", ".woff2": "font/woff2",
  ".map": "application/json", ".wasm": "application/wasm",
};

/** The file under `root` that `rel` names, or null when it is outside it or not a file. */
export async function static_file(root: string, rel: string): Promise<{ path: string; size: number; mtime: Date } | null> {
  if (rel.includes("\0")) return null;
  const base = await realpath(root);
  let path: string;
  try {
    path = await realpath(resolve(base, rel));
  } catch {
    return null;
  }
  if (!path.startsWith(base + sep)) return null;
  const st = await stat(path);
  return st.isFile() ? { path, size: st.size, mtime: st.mtime } : null;
}

export function register_app_static(f: FastifyInstance, app_path: string, root: string): void {
  f.get<{ Params: { "*": string } }>(`${app_path}/static/*`, async (req, reply) => {
    const rel = req.params["*"];
    const file = await static_file(root, rel).catch(() => null);
    if (file === null) return reply.code(404).type("text/plain").send(`no static file '${rel}'`);
    return reply
      .type(TYPES[extname(file.path).toLowerCase()] ?? "application/octet-stream")
      .header("content-length", file.size)
      .header("last-modified", file.mtime.toUTCString())
      .header("cache-control", "no-cache")
      .send(createReadStream(file.path));
  });
}
