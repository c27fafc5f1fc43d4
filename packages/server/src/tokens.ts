/**
 * Session ids and tokens exactly as Bokeh 3 makes them (bokeh/util/token.py):
 *   session id  = 44 random chars [A-Za-z0-9], plus "-" + signature when signed
 *   token       = base64url(JSON {session_id, session_expiry}) [+ "." + signature]
 *   signature   = base64url(HMAC-SHA256(secret, text)) without padding
 */
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { DashError, ErrorCode } from "@dash/protocol";

const CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

export interface TokenSettings {
  readonly signed: boolean;
  readonly secret_key: string | null;
}

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString("base64url");
}

function signature(text: string, secret: string): string {
  return createHmac("sha256", secret).update(text, "utf8").digest("base64url");
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a), y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function secret_of(s: TokenSettings): string {
  if (s.secret_key === null) throw new DashError(ErrorCode.BAD_OPTION, "signed sessions need DASH_SECRET_KEY");
  return s.secret_key;
}

export function generate_session_id(s: TokenSettings): string {
  let base = "";
  for (let i = 0; i < 44; i++) base += CHARS[randomInt(CHARS.length)];
  return s.signed ? `${base}-${signature(base, secret_of(s))}` : base;
}

/** A session id chosen by name (shared documents, ?doc=<name>), signed like generated ones. */
export function named_session_id(name: string, s: TokenSettings): string {
  return s.signed ? `${name}-${signature(name, secret_of(s))}` : name;
}

export function check_session_id_signature(session_id: string, s: TokenSettings): boolean {
  if (!s.signed) return true;
  const i = session_id.indexOf("-");
  if (i < 0) return false;
  return same(signature(session_id.slice(0, i), secret_of(s)), session_id.slice(i + 1));
}

/** expiration in ms; session_expiry is written in seconds since the epoch, as Bokeh does. */
export function generate_token(session_id: string, s: TokenSettings, expiration_ms: number, extra: Record<string, unknown> = {}): string {
  const payload = { session_id, session_expiry: Math.floor((Date.now() + expiration_ms) / 1000), ...extra };
  const token = b64url(JSON.stringify(payload));
  return s.signed ? `${token}.${signature(token, secret_of(s))}` : token;
}

export interface TokenPayload {
  readonly session_id: string;
  readonly session_expiry: number;
  readonly [key: string]: unknown;
}

/** Decode a token's payload; throws DashError(BAD_TOKEN) when it is not one. */
export function decode_token(token: string): TokenPayload {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(token.split(".")[0] ?? "", "base64url").toString("utf8"));
  } catch {
    throw new DashError(ErrorCode.BAD_TOKEN, "token is not base64url JSON");
  }
  const p = json as Record<string, unknown> | null;
  if (p === null || typeof p !== "object" || typeof p.session_id !== "string" || p.session_id === "") {
    throw new DashError(ErrorCode.BAD_TOKEN, "token has no session_id");
  }
  if (typeof p.session_expiry !== "number") throw new DashError(ErrorCode.BAD_TOKEN, "token has no session_expiry");
  return p as TokenPayload;
}

export function check_token_signature(token: string, s: TokenSettings): boolean {
  if (!s.signed) return true;
  const i = token.indexOf(".");
  if (i < 0) return false;
  const base = token.slice(0, i);
  if (!same(signature(base, secret_of(s)), token.slice(i + 1))) return false;
  try {
    return check_session_id_signature(decode_token(token).session_id, s);
  } catch {
    return false;
  }
}

/** Everything the websocket handler checks; returns the payload or throws BAD_TOKEN / TOKEN_EXPIRED. */
export function verify_token(token: string, s: TokenSettings, now_ms = Date.now()): TokenPayload {
  const payload = decode_token(token);
  if (now_ms / 1000 >= payload.session_expiry) throw new DashError(ErrorCode.TOKEN_EXPIRED, "token is expired");
  if (!check_token_signature(token, s)) throw new DashError(ErrorCode.BAD_TOKEN, "invalid token signature");
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(payload.session_id)) throw new DashError(ErrorCode.BAD_TOKEN, "invalid session id in token");
  return payload;
}
