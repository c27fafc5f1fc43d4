import { describe, expect, it } from "vitest";
import { InputLimits, TokenBucket } from "./input_limits.ts";

describe("TokenBucket", () => {
  it("gives a burst at once, then refills at the rate", () => {
    let t = 0;
    const b = new TokenBucket(10, 3, () => t);
    expect([b.take(), b.take(), b.take(), b.take()]).toEqual([true, true, true, false]);
    t += 100; // one token per 100 ms at 10/s
    expect([b.take(), b.take()]).toEqual([true, false]);
    t += 10_000; // refill stops at the burst
    expect([b.take(), b.take(), b.take(), b.take()]).toEqual([true, true, true, false]);
  });
});

describe("InputLimits", () => {
  const opts = { max_queued_messages: 2, max_queued_bytes: 100, message_rate: 0, message_burst: 1 };

  it("refuses a message past the count bound and admits again once one is done", () => {
    const l = new InputLimits(opts);
    expect(l.admit(10)).toBeNull();
    expect(l.admit(10)).toBeNull();
    expect(l.admit(10)?.code).toBe("DASH_ERR_INPUT_QUEUE_FULL");
    l.done(10);
    expect(l.admit(10)).toBeNull();
    expect(l.waiting).toEqual({ messages: 2, bytes: 20 });
  });

  it("admits a lone message of any size but refuses bytes piling up behind it", () => {
    const l = new InputLimits(opts);
    expect(l.admit(1000)).toBeNull();
    expect(l.admit(1)?.reason).toMatch(/1001 bytes/);
  });

  it("refuses with DASH_ERR_RATE_LIMITED when the bucket is empty", () => {
    const l = new InputLimits({ ...opts, max_queued_messages: 100, message_rate: 1, message_burst: 1 }, () => 0);
    expect(l.admit(1)).toBeNull();
    expect(l.admit(1)?.code).toBe("DASH_ERR_RATE_LIMITED");
  });
});
