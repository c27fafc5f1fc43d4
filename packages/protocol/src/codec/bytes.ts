/**
 * Byte helpers with no Node or DOM dependency: base64 (BokehJS 3.10 gzips before
 * base64; older peers did not, so decoding accepts both), byte order, typed arrays.
 */
import { Gunzip, gzipSync } from "fflate";
import type { TypedArray } from "../core/kinds.ts";
import { DashError, ErrorCode } from "../errors.ts";

export const BYTE_ORDER: "little" | "big" = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? "little" : "big";

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP = new Uint8Array(256);
for (let i = 0; i < CHARS.length; i++) LOOKUP[CHARS.charCodeAt(i)] = i;

interface NodeBufferLike {
  from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: "base64"): string };
}
// Node's Buffer or the browser's btoa when there is one: the portable loop below is ~50x slower
// (seconds for a few MB), which inline pull replies for Bokeh's Python client would pay.
const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;

export function base64_encode(bytes: Uint8Array): string {
  if (NodeBuffer !== undefined) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  if (typeof btoa === "function") {
    let bin = "";
    for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
    return btoa(bin);
  }
  return base64_encode_portable(bytes);
}

/** @internal the dependency-free encoder (exported for its test). */
export function base64_encode_portable(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk = 3 * 4096;
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    let s = "";
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      s += CHARS[n >> 18]! + CHARS[(n >> 12) & 63]! + CHARS[(n >> 6) & 63]! + CHARS[n & 63]!;
    }
    if (i < end) {
      const rest = end - i;
      const n = (bytes[i]! << 16) | (rest > 1 ? bytes[i + 1]! << 8 : 0);
      s += CHARS[n >> 18]! + CHARS[(n >> 12) & 63]! + (rest > 1 ? CHARS[(n >> 6) & 63]! : "=") + "=";
    }
    parts.push(s);
  }
  return parts.join("");
}

export function base64_decode(s: string): Uint8Array | null {
  const clean = s.replace(/[\r\n\s]/g, "");
  if (clean.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) return null;
  const pad = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  const out = new Uint8Array((clean.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (LOOKUP[clean.charCodeAt(i)]! << 18) | (LOOKUP[clean.charCodeAt(i + 1)]! << 12) |
      (LOOKUP[clean.charCodeAt(i + 2)]! << 6) | LOOKUP[clean.charCodeAt(i + 3)]!;
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** Base64 as BokehJS 3.10 writes it: gzip (mtime 0), then base64. */
export function bytes_to_base64(bytes: Uint8Array): string {
  return base64_encode(gzipSync(bytes, { mtime: 0, level: 1 }));
}

/**
 * Accepts gzip+base64 (BokehJS >= 3.10) and plain base64 (older Bokeh); null when it is
 * neither. `max_bytes` bounds the decoded size (a DashError DECODED_TOO_LARGE past it):
 * gzip is inflated a slice at a time and abandoned as soon as the output passes the
 * bound, so a small message cannot inflate to gigabytes.
 */
export function base64_to_bytes(s: string, max_bytes = Infinity): Uint8Array | null {
  const raw = base64_decode(s);
  if (raw === null) return null;
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) return gunzip_bounded(raw, max_bytes);
  if (raw.length > max_bytes) too_large(max_bytes);
  return raw;
}

function too_large(max_bytes: number): never {
  throw new DashError(ErrorCode.DECODED_TOO_LARGE, `bytes decode to more than ${max_bytes} bytes`, { max_bytes });
}

/** Compressed bytes fed per step: deflate expands at most ~1032x, so a step outputs at most ~4 MB. */
const INFLATE_STEP = 4096;

/** gunzip, null when corrupt, DECODED_TOO_LARGE as soon as the output passes `max_bytes`. */
export function gunzip_bounded(raw: Uint8Array, max_bytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let over = false;
  const g = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > max_bytes) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < raw.length && !over; at += INFLATE_STEP) {
      const end = Math.min(at + INFLATE_STEP, raw.length);
      g.push(raw.subarray(at, end), end === raw.length);
    }
  } catch {
    return null;
  }
  if (over) too_large(max_bytes);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

export type DType = "uint8" | "int8" | "uint16" | "int16" | "uint32" | "int32" | "float32" | "float64";

type TypedCtor = { new (buffer: ArrayBufferLike, offset: number, length: number): TypedArray; new (length: number): TypedArray; BYTES_PER_ELEMENT: number };

const CTORS: Record<DType, TypedCtor> = {
  uint8: Uint8Array, int8: Int8Array, uint16: Uint16Array, int16: Int16Array,
  uint32: Uint32Array, int32: Int32Array, float32: Float32Array, float64: Float64Array,
};

export function dtype_size(dtype: DType): number {
  return CTORS[dtype].BYTES_PER_ELEMENT;
}

export function is_dtype(s: unknown): s is DType {
  return typeof s === "string" && Object.hasOwn(CTORS, s);
}

export function dtype_of(a: TypedArray): DType | null {
  if (a instanceof Float64Array) return "float64";
  if (a instanceof Float32Array) return "float32";
  if (a instanceof Int32Array) return "int32";
  if (a instanceof Uint32Array) return "uint32";
  if (a instanceof Int16Array) return "int16";
  if (a instanceof Uint16Array) return "uint16";
  if (a instanceof Int8Array) return "int8";
  if (a instanceof Uint8Array || a instanceof Uint8ClampedArray) return "uint8";
  return null;
}

/** Bytes of a typed array, as a view (no copy). */
export function bytes_of(a: TypedArray): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/**
 * A typed array over received bytes: a view when aligned and in platform order,
 * otherwise exactly one copy (and a byte swap if the order differs).
 */
export function typed_from_bytes(bytes: Uint8Array, dtype: DType, order: "little" | "big" = BYTE_ORDER): TypedArray | null {
  const ctor = CTORS[dtype];
  const size = ctor.BYTES_PER_ELEMENT;
  if (bytes.byteLength % size !== 0) return null;
  const n = bytes.byteLength / size;
  if (order === BYTE_ORDER && bytes.byteOffset % size === 0) return new ctor(bytes.buffer, bytes.byteOffset, n);
  const copy = new Uint8Array(bytes);
  if (order !== BYTE_ORDER && size > 1) {
    for (let i = 0; i < copy.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = copy[a]!;
        copy[a] = copy[b]!;
        copy[b] = t;
      }
    }
  }
  return new ctor(copy.buffer, 0, n);
}

const SHAPE = Symbol.for("dash.ndarray.shape");

/** Attach an n-d shape to a typed array (images); 1-d arrays need none. */
export function ndarray<T extends TypedArray>(data: T, shape: readonly number[]): T {
  if (shape.length > 1) Object.defineProperty(data, SHAPE, { value: [...shape], enumerable: false });
  return data;
}
export function shape_of(a: TypedArray): number[] {
  return (a as unknown as Record<symbol, number[] | undefined>)[SHAPE] ?? [a.length];
}
