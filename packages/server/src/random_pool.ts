/**
 * Random bytes for per-request values (CSP nonces, document epochs), drawn from a pooled
 * buffer refilled from the CSPRNG 4 kB at a time: a page and a session each need some,
 * and one `randomBytes` call per value showed in the session-creation profile.
 */
import { randomFillSync } from "node:crypto";

const POOL = Buffer.alloc(4096);
let used = POOL.length;

function take(n: number): Buffer {
  if (n > POOL.length) throw new RangeError(`random_pool: ${n} bytes is more than the pool holds`);
  if (used + n > POOL.length) {
    randomFillSync(POOL);
    used = 0;
  }
  const out = POOL.subarray(used, used + n);
  used += n;
  return out;
}

/** `n` random bytes as hex (2n characters). */
export function random_hex(n: number): string {
  return take(n).toString("hex");
}

/** `n` random bytes as base64. */
export function random_base64(n: number): string {
  return take(n).toString("base64");
}
