/**
 * The server's CallbackHost: periodic, timeout and next-tick callbacks plus on_change /
 * on_event invocations, all run under the document lock (unless marked with
 * without_document_lock). A callback that throws is reported and the session carries on.
 *
 * Periodic callbacks keep a fixed phase: the k-th run is due at start + k * period, so
 * late timers do not accumulate drift; runs missed entirely (a busy server, or the
 * previous run still going) are skipped, as tornado's PeriodicCallback does.
 */
import type { CallbackHost, CallbackId } from "@dash/protocol";
import { DashError, ErrorCode, describe_value } from "@dash/protocol";
import { is_unlocked } from "./app.ts";
import { DocumentLock } from "./lock.ts";
import { run_as_app, type AppScope } from "./app_faults.ts";

export type ErrorReporter = (error: unknown, where: string) => void;

/** Time source for periodic callbacks (injectable for tests). */
export interface Clock {
  now(): number;
  set_timeout(fn: () => void, ms: number): ReturnType<typeof setTimeout>;
}

export const real_clock: Clock = { now: () => performance.now(), set_timeout: (fn, ms) => setTimeout(fn, ms) };

type Timer = ReturnType<typeof setTimeout> | ReturnType<typeof setImmediate>;

interface Entry {
  readonly kind: CallbackId["kind"];
  handle: Timer;
}

let next_id = 1;

function check_ms(what: string, ms: unknown, min: number): number {
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < min) {
    throw new DashError(ErrorCode.BAD_VALUE, `${what} expected a number of milliseconds >= ${min}, got ${describe_value(ms)}`);
  }
  return ms;
}

export class ServerCallbackHost implements CallbackHost {
  private readonly entries = new Map<number, Entry>();
  private disposed = false;
  /** Periodic runs skipped because the previous run had not finished or the timer fired a period late. */
  skipped = 0;

  constructor(
    private readonly lock: DocumentLock,
    private readonly report: ErrorReporter,
    private readonly clock: Clock = real_clock,
    /** Whose code the callbacks are: faults they leave behind (timers, rejections) are attributed to it. */
    private readonly scope: AppScope | null = null,
  ) {}

  private scoped(fn: () => unknown): () => unknown {
    const scope = this.scope;
    return scope === null ? fn : () => run_as_app(scope, fn);
  }

  get active(): number {
    return this.entries.size;
  }

  add_periodic_callback(cb: () => unknown, period_ms: number): CallbackId {
    const period = check_ms("add_periodic_callback period", period_ms, 1);
    const id: CallbackId = { id: next_id++, kind: "periodic" };
    const clock = this.clock;
    let due = clock.now() + period;
    let running = false;
    const tick = (): void => {
      const entry = this.entries.get(id.id);
      if (entry === undefined) return;
      const now = clock.now();
      due += period;
      if (due <= now) {
        const missed = Math.floor((now - due) / period) + 1;
        this.skipped += missed;
        due += missed * period;
      }
      entry.handle = clock.set_timeout(tick, due - now);
      if (running) {
        this.skipped++;
        return;
      }
      running = true;
      void this.call(cb, "periodic callback").finally(() => (running = false));
    };
    this.entries.set(id.id, { kind: "periodic", handle: clock.set_timeout(tick, period) });
    return id;
  }

  add_timeout_callback(cb: () => unknown, timeout_ms: number): CallbackId {
    const timeout = check_ms("add_timeout_callback timeout", timeout_ms, 0);
    const id: CallbackId = { id: next_id++, kind: "timeout" };
    const handle = setTimeout(() => {
      if (!this.entries.delete(id.id)) return;
      void this.call(cb, "timeout callback");
    }, timeout);
    this.entries.set(id.id, { kind: "timeout", handle });
    return id;
  }

  add_next_tick_callback(cb: () => unknown): CallbackId {
    const id: CallbackId = { id: next_id++, kind: "next_tick" };
    const handle = setImmediate(() => {
      if (!this.entries.delete(id.id)) return;
      void this.call(cb, "next tick callback");
    });
    this.entries.set(id.id, { kind: "next_tick", handle });
    return id;
  }

  remove_callback(id: CallbackId): void {
    const entry = this.entries.get(id.id);
    if (entry === undefined) return;
    this.entries.delete(id.id);
    clear(entry);
  }

  /** on_change / on_event / on_message callbacks: at once when already under the lock, else queued for it. */
  invoke(app_fn: () => unknown, where: string): void {
    if (this.disposed) return;
    const fn = this.scoped(app_fn);
    if (this.lock.held_here || is_unlocked(app_fn)) {
      try {
        const r = fn();
        if (r instanceof Promise) {
          const settled = r.catch((e: unknown) => this.report(e, where));
          if (!is_unlocked(app_fn)) this.lock.adopt(settled);
        }
      } catch (e) {
        this.report(e, where);
      }
      return;
    }
    void this.call(app_fn, where);
  }

  /** Run app code under the lock (or not, if marked); never rejects. */
  call(app_fn: () => unknown, where: string): Promise<void> {
    if (this.disposed) return Promise.resolve();
    const fn = this.scoped(app_fn);
    if (is_unlocked(app_fn)) {
      return Promise.resolve()
        .then(() => DocumentLock.outside(fn))
        .then(
          () => undefined,
          (e: unknown) => this.report(e, where),
        );
    }
    return this.lock
      .run(() => (this.disposed ? undefined : fn()))
      .then(
        () => undefined,
        (e: unknown) => this.report(e, where),
      );
  }

  /** Stop every callback (session end). */
  dispose(): void {
    this.disposed = true;
    for (const entry of this.entries.values()) clear(entry);
    this.entries.clear();
  }
}

function clear(entry: Entry): void {
  if (entry.kind === "next_tick") clearImmediate(entry.handle as ReturnType<typeof setImmediate>);
  else clearTimeout(entry.handle as ReturnType<typeof setTimeout>);
}
