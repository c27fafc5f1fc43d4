/**
 * Security headers of HTML pages, and where the server says it is reached.
 *
 * - Every HTML page gets a Content-Security-Policy, X-Content-Type-Options: nosniff and a
 *   Referrer-Policy. Inline scripts run only with the response's nonce; 'unsafe-eval' stays
 *   because CustomJS (both clients) and pixi.js compile code at run time; styles may be
 *   inline (both clients set element styles and BokehJS injects <style> into shadow roots).
 *   frame-ancestors is the `--frame-ancestors` option ('self' by default).
 * - `public_origin` is the scheme://host[:port] that absolute URLs in a response use: the
 *   request's Host only when it is one of the allowed websocket origins, else the first
 *   allowed origin; null when any origin is allowed (then the browser derives it).
 */
import type { FastifyReply, FastifyRequest } from "fastify";
import { normalize_host } from "./options.ts";
import { random_base64 } from "./random_pool.ts";
import type { DashState } from "./state.ts";

export function new_nonce(): string {
  return random_base64(16);
}

export function page_csp(nonce: string, frame_ancestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'unsafe-eval'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frame_ancestors}`,
  ].join("; ");
}

/** Headers every response gets (scripts and text included): no MIME sniffing, no full URLs (with session ids) in Referer. */
export function set_common_headers(reply: FastifyReply): FastifyReply {
  return reply.header("x-content-type-options", "nosniff").header("referrer-policy", "strict-origin-when-cross-origin");
}

/** An HTML page's headers; returns the nonce its inline scripts must carry. */
export function set_page_headers(reply: FastifyReply, state: DashState): string {
  const nonce = new_nonce();
  set_common_headers(reply).header("content-security-policy", page_csp(nonce, state.options.frame_ancestors));
  return nonce;
}

/** The allowed websocket origins, with port 0 (from `--port 0`) replaced by the port actually bound. */
export function allowed_origins(state: DashState, req: FastifyRequest): string[] {
  const port = req.socket.localPort;
  return state.options.allow_websocket_origin.map((h) => (h.endsWith(":0") && port !== undefined ? `${h.slice(0, -2)}:${port}` : h));
}

export function public_origin(state: DashState, req: FastifyRequest): string | null {
  const allowed = allowed_origins(state, req);
  if (allowed.includes("*") || allowed.length === 0) return null;
  const host = normalize_host(req.host);
  return `${req.protocol}://${allowed.includes(host) ? host : allowed[0]!}`;
}
