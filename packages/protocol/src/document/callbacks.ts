/**
 * Where a document's callbacks run. The protocol package ships a plain timer host;
 * the server installs one that serialises callbacks under the document lock.
 */
export interface CallbackId {
  readonly id: number;
  readonly kind: "periodic" | "timeout" | "next_tick";
}

export interface CallbackHost {
  add_periodic_callback(cb: () => unknown, period_ms: number): CallbackId;
  add_timeout_callback(cb: () => unknown, timeout_ms: number): CallbackId;
  add_next_tick_callback(cb: () => unknown): CallbackId;
  remove_callback(id: CallbackId): void;
  /** Run app code (e.g. an on_change callback); must not throw past itself. */
  invoke(fn: () => unknown, where: string): void;
}

let next = 1;

export class DefaultCallbackHost implements CallbackHost {
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  add_periodic_callback(cb: () => unknown, period_ms: number): CallbackId {
    const id = { id: next++, kind: "periodic" as const };
    this.timers.set(id.id, setInterval(() => this.invoke(cb, "periodic callback"), period_ms));
    return id;
  }
  add_timeout_callback(cb: () => unknown, timeout_ms: number): CallbackId {
    const id = { id: next++, kind: "timeout" as const };
    this.timers.set(id.id, setTimeout(() => {
      this.timers.delete(id.id);
      this.invoke(cb, "timeout callback");
    }, timeout_ms));
    return id;
  }
  add_next_tick_callback(cb: () => unknown): CallbackId {
    return this.add_timeout_callback(cb, 0);
  }
  remove_callback(id: CallbackId): void {
    const t = this.timers.get(id.id);
    if (t !== undefined) {
      clearTimeout(t);
      clearInterval(t);
      this.timers.delete(id.id);
    }
  }
  invoke(fn: () => unknown, where: string): void {
    try {
      const r = fn();
      if (r instanceof Promise) r.catch((e: unknown) => console.error(`[dash] ${where} failed:`, e));
    } catch (e) {
      console.error(`[dash] ${where} failed:`, e);
    }
  }
  /** Stop everything (session end). */
  dispose(): void {
    for (const id of [...this.timers.keys()]) this.remove_callback({ id, kind: "timeout" });
  }
}
