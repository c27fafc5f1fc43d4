import { describe, expect, it } from "vitest";
import { base64_decode, base64_encode, base64_encode_portable } from "./bytes.ts";

describe("base64_encode", () => {
  it("the fast path (Node's Buffer) and the portable encoder agree, for every length mod 3 and on subarrays", () => {
    const all = Uint8Array.from({ length: 70_001 }, (_, i) => (i * 131 + 7) & 255);
    for (const n of [0, 1, 2, 3, 4, 5, 1000, 70_001]) {
      const bytes = all.subarray(all.length - n); // a view with an offset
      expect(base64_encode(bytes)).toBe(base64_encode_portable(bytes));
      expect(base64_encode(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      expect(Array.from(base64_decode(base64_encode(bytes))!)).toEqual(Array.from(bytes));
    }
  });
});
