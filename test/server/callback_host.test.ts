import { describe, expect, it } from "vitest";
import { ServerCallbackHost, type Clock } from "../../packages/server/src/callback_host.ts";
import { DocumentLock } from "../../packages/server/src/lock.ts";

/** A manual clock whose timers fire `late` ms after they are due (a busy event loop). */
class LateClock implements Clock {
  t = 0;
  private timers: Array<{ at: number; fn: () => void }> = [];
  constructor(private readonly late: (n: number) => number) {}
  now(): number {
    return this.t;
  }
  set_timeout(fn: () => void, ms: number): ReturnType<typeof setTimeout> {
    this.timers.push({ at: this.t + ms, fn });
    return 0 as unknown as ReturnType<typeof setTimeout>;
  }
  private fired = 0;
  /** Fire timers in order until `until`, each `late(n)` ms after it was due. */
  run(until: number): void {
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (next === undefined || next.at > until) break;
      this.timers.shift();
      this.t = Math.max(this.t, next.at + this.late(this.fired++));
      next.fn();
    }
  }
}

describe("periodic callbacks", () => {
  it("keep a fixed phase: late timers do not accumulate drift", async () => {
    const clock = new LateClock((n) => (n % 3) * 4); // 0, 4 or 8 ms late
    const host = new ServerCallbackHost(new DocumentLock(), () => undefined, clock);
    const runs: number[] = [];
    host.add_periodic_callback(() => void runs.push(clock.now()), 25);
    for (let k = 1; k <= 100; k++) {
      clock.run(k * 25 + 10);
      await new Promise((r) => setImmediate(r)); // let the lock run the callback
    }
    expect(runs.length).toBeGreaterThanOrEqual(99);
    // every run is at most 8 ms after its slot k * 25 (a setTimeout chain would be ~400 ms behind by now)
    runs.forEach((t, i) => expect(t - (i + 1) * 25).toBeLessThanOrEqual(8));
    expect(runs.at(-1)! - 100 * 25).toBeLessThanOrEqual(8);
    host.dispose();
  });

  it("skip the runs a stalled loop missed instead of bursting to catch up", async () => {
    const clock = new LateClock((n) => (n === 2 ? 110 : 0)); // the third timer fires 110 ms late
    const host = new ServerCallbackHost(new DocumentLock(), () => undefined, clock);
    const runs: number[] = [];
    host.add_periodic_callback(() => void runs.push(clock.now()), 25);
    for (let k = 1; k <= 12; k++) {
      clock.run(k * 25);
      await new Promise((r) => setImmediate(r));
    }
    expect(runs.slice(0, 3)).toEqual([25, 50, 185]);
    expect(runs.slice(3)).toEqual([200, 225, 250, 275, 300]); // back on the 25 ms grid
    expect(host.skipped).toBeGreaterThanOrEqual(4);
    host.dispose();
  });
});
