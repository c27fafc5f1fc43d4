import { describe, expect, it } from "vitest";
import { random_base64, random_hex } from "./random_pool.ts";

describe("random_pool", () => {
  it("gives values of the asked size that do not repeat, across pool refills", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) seen.add(random_hex(6)); // 12 kB: the 4 kB pool refills twice
    expect(seen.size).toBe(2000);
    expect([...seen].every((h) => /^[0-9a-f]{12}$/.test(h))).toBe(true);
    expect(Buffer.from(random_base64(16), "base64").length).toBe(16);
  });

  it("refuses more bytes than the pool holds", () => {
    expect(() => random_hex(5000)).toThrow(RangeError);
  });
});
