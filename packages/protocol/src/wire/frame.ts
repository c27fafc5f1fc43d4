/**
 * Frames as they travel: `Frame` is what the encoder produces, `Fragment` what a
 * WebSocket hands the receiver. `classify` sorts any received value into text, binary
 * (as a Uint8Array view, never a copy) or neither, without ever throwing.
 */
import { assertNever } from "../errors.ts";

/** One frame to send: text or binary. */
export type Frame = string | Uint8Array;

/** What a WebSocket hands over: text, or binary as ArrayBuffer or Uint8Array (e.g. a Node Buffer). */
export type Fragment = string | ArrayBuffer | Uint8Array;

export type Classified =
  | { kind: "text"; text: string }
  | { kind: "binary"; bytes: Uint8Array }
  | { kind: "other"; what: string };

const array_buffer_byte_length = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")?.get;

/** Sort a fragment into text / binary / other, never throwing (even for hostile proxies). */
export function classify(fragment: unknown): Classified {
  if (typeof fragment === "string") return { kind: "text", text: fragment };
  try {
    if (fragment instanceof Uint8Array) return { kind: "binary", bytes: fragment };
    if (ArrayBuffer.isView(fragment)) {
      // Another view (or a Uint8Array from another realm): same bytes, no copy.
      return { kind: "binary", bytes: new Uint8Array(fragment.buffer, fragment.byteOffset, fragment.byteLength) };
    }
    // The byteLength getter brand-checks: it throws unless `fragment` is a real (non-shared) ArrayBuffer.
    if (typeof fragment === "object" && fragment !== null && array_buffer_byte_length) {
      array_buffer_byte_length.call(fragment);
      return { kind: "binary", bytes: new Uint8Array(fragment as ArrayBuffer) };
    }
  } catch {
    // fall through: not usable as binary
  }
  return { kind: "other", what: fragment === null ? "null" : `a value of type ${typeof fragment}` };
}

export function describe_frame(frame: Classified): string {
  switch (frame.kind) {
    case "text":
      return `a text frame (${frame.text.length} chars)`;
    case "binary":
      return `a binary frame (${frame.bytes.byteLength} bytes)`;
    case "other":
      return frame.what;
    default:
      return assertNever(frame, "frame");
  }
}

/** Bytes of `s` encoded as UTF-8 (lone surrogates count as U+FFFD, as TextEncoder writes them). */
export function utf8_length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

