/** A session's view of the request that created it (Bokeh's session_context.request). */
import type { FastifyRequest } from "fastify";
import type { RequestInfo } from "./app.ts";

export function parse_cookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(";")) {
    const i = part.indexOf("=");
    if (i <= 0) continue;
    const k = part.slice(0, i).trim();
    const v = part.slice(i + 1).trim();
    try {
      out[k] = decodeURIComponent(v);
    } catch {
      out[k] = v;
    }
  }
  return out;
}

export function query_of(req: FastifyRequest): Record<string, string | string[]> {
  const q = req.query;
  const out: Record<string, string | string[]> = {};
  if (q === null || typeof q !== "object") return out;
  for (const [k, v] of Object.entries(q as Record<string, unknown>)) {
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === "string");
  }
  return out;
}

export function first(v: string | readonly string[] | undefined): string | undefined {
  return typeof v === "string" ? v : v?.[0];
}

export function request_info(req: FastifyRequest): RequestInfo {
  const headers: Record<string, string | string[] | undefined> = { ...req.headers };
  delete headers["sec-websocket-protocol"]; // carries the token
  return Object.freeze({ arguments: query_of(req), headers, cookies: parse_cookies(req.headers.cookie) });
}
