/**
 * The document lock: app callbacks and client messages that touch a document run one
 * at a time, in arrival order. An async task holds the lock across its awaits.
 *
 * Code running inside a task (found through AsyncLocalStorage, so it follows awaits)
 * re-enters without queueing: an on_change fired by a change the task makes runs at
 * once, and a promise it returns is awaited before the lock is released.
 */
import { AsyncLocalStorage } from "node:async_hooks";

interface Held {
  readonly lock: DocumentLock;
  readonly pending: Promise<unknown>[];
  /** False once the task has finished: timers it created inherit the context but do not hold the lock. */
  active: boolean;
}

const current = new AsyncLocalStorage<Held>();

export class DocumentLock {
  private tail: Promise<unknown> = Promise.resolve();
  private queued = 0;

  /** Tasks waiting or running. */
  get size(): number {
    return this.queued;
  }

  /** True when called from inside a task holding this lock. */
  get held_here(): boolean {
    const held = current.getStore();
    return held !== undefined && held.lock === this && held.active;
  }

  /** Run `fn` when the lock is free; resolves with its result. */
  run<T>(fn: () => T | Promise<T>): Promise<T> {
    this.queued++;
    const task = this.tail.then(() => {
      const held: Held = { lock: this, pending: [], active: true };
      return current.run(held, async () => {
        try {
          const r = await fn();
          // Promises of nested invocations (async on_change callbacks) finish under the lock too.
          while (held.pending.length > 0) await held.pending.shift()!.catch(() => undefined);
          return r;
        } finally {
          held.active = false;
          this.queued--;
        }
      });
    });
    this.tail = task.catch(() => undefined);
    return task;
  }

  /** Run `fn` as code that does not hold any lock (callbacks marked without_document_lock). */
  static outside<T>(fn: () => T): T {
    return current.exit(fn);
  }

  /** From inside a task: keep the lock until `p` settles. */
  adopt(p: Promise<unknown>): void {
    const held = current.getStore();
    if (held !== undefined && held.lock === this && held.active) held.pending.push(p);
  }
}
