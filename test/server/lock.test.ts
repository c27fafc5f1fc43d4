import { describe, expect, it } from "vitest";
import { DocumentLock } from "../../packages/server/src/lock.ts";

const tick = (ms = 0) => new Promise<void>((r) => setTimeout(r, ms));

describe("DocumentLock", () => {
  it("runs tasks one at a time in order, holding across awaits", async () => {
    const lock = new DocumentLock();
    const log: string[] = [];
    const a = lock.run(async () => {
      log.push("a1");
      await tick(10);
      log.push("a2");
    });
    const b = lock.run(() => void log.push("b"));
    await Promise.all([a, b]);
    expect(log).toEqual(["a1", "a2", "b"]);
  });

  it("knows when code runs inside the holding task, and stops knowing once it finished", async () => {
    const lock = new DocumentLock();
    let inside = false;
    let in_timer_later: boolean | null = null;
    let outside_marked: boolean | null = null;
    await lock.run(async () => {
      await tick();
      inside = lock.held_here;
      setTimeout(() => (in_timer_later = lock.held_here), 20); // inherits the context, after the task ended
      outside_marked = DocumentLock.outside(() => lock.held_here);
    });
    await tick(40);
    expect(inside).toBe(true);
    expect(in_timer_later).toBe(false);
    expect(outside_marked).toBe(false);
    expect(lock.held_here).toBe(false);
  });

  it("keeps the lock until adopted promises settle, and survives failing tasks", async () => {
    const lock = new DocumentLock();
    const log: string[] = [];
    const a = lock.run(() => {
      lock.adopt(tick(10).then(() => void log.push("adopted")));
      log.push("a");
    });
    const failing = lock.run(() => {
      throw new Error("x");
    });
    const c = lock.run(() => void log.push("c"));
    await a;
    await expect(failing).rejects.toThrow("x");
    await c;
    expect(log).toEqual(["a", "adopted", "c"]);
  });
});
