import { describe, expect, it } from "vitest";
import { gzipSync } from "fflate";
import { base64_encode, base64_to_bytes, gunzip_bounded } from "./bytes.ts";
import { DashError, ErrorCode } from "../errors.ts";

function code_of(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    return e instanceof DashError ? e.code : String(e);
  }
  return undefined;
}

describe("bounded decoding of base64 bytes", () => {
  const data = new Uint8Array(100_000).map((_, i) => i % 7);
  const gz = gzipSync(data);

  it("decodes gzip and plain base64 up to the bound exactly", () => {
    expect(base64_to_bytes(base64_encode(gz), data.length)).toEqual(data);
    expect(base64_to_bytes(base64_encode(data), data.length)).toEqual(data);
  });

  it("refuses one byte over the bound with DASH_ERR_DECODED_TOO_LARGE, gzip or plain", () => {
    expect(code_of(() => base64_to_bytes(base64_encode(gz), data.length - 1))).toBe(ErrorCode.DECODED_TOO_LARGE);
    expect(code_of(() => base64_to_bytes(base64_encode(data), data.length - 1))).toBe(ErrorCode.DECODED_TOO_LARGE);
  });

  it("corrupt or truncated gzip is null (invalid), not an exception", () => {
    expect(gunzip_bounded(gz.subarray(0, gz.length - 10), Infinity)).toBeNull();
    expect(base64_to_bytes("not base64!")).toBeNull();
  });

  it("stops inflating a bomb at the bound (64 MiB of zeros refused at 1 MiB)", () => {
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 });
    const before = process.memoryUsage().arrayBuffers;
    expect(code_of(() => gunzip_bounded(bomb, 1024 * 1024))).toBe(ErrorCode.DECODED_TOO_LARGE);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
  });
});
