/**
 * App faults: errors app code raises where nobody catches them (a throw in a plain
 * setTimeout, an unhandled promise rejection) are attributed to the app and session whose
 * code started that work, logged, and the server keeps serving.
 *
 * Everything that runs app code (the app function, callbacks, hooks) runs inside
 * `run_as_app`, an AsyncLocalStorage scope that follows timers and promises the code
 * creates. On Node 20 both process handlers run in the failing work's context:
 * `uncaughtException` from a timer or I/O callback, and `unhandledRejection` in the context
 * of the promise that rejected (measured; a throw inside queueMicrotask loses it and is
 * logged as unattributed).
 *
 * The process-level handlers are installed only when asked (`catch_app_faults`, which the
 * `dash` CLI sets): a library must not change the crash policy of a process that embeds it.
 * Several servers in one process share one pair of handlers; the last one closed removes them.
 *
 * Errors are reported through a rate limiter per session (see FaultLog), so an app that
 * fails every 200 ms cannot flood the log.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { FastifyBaseLogger } from "fastify";

export interface AppScope {
  readonly app: string;
  readonly session: string | null;
  /** Logs the error (rate limited) with this app and session. */
  report(error: unknown, where: string): void;
}

const scopes = new AsyncLocalStorage<AppScope>();

/** Run app code so that faults it leaves behind are attributed to `scope`. */
export function run_as_app<T>(scope: AppScope, fn: () => T): T {
  return scopes.run(scope, fn);
}

export function current_app(): AppScope | undefined {
  return scopes.getStore();
}

const servers: FastifyBaseLogger[] = [];

function on_fault(kind: "uncaught exception" | "unhandled rejection", err: unknown): void {
  const scope = scopes.getStore();
  if (scope !== undefined) {
    scope.report(err, `${kind} in app code`);
    return;
  }
  const log = servers.at(-1);
  if (log === undefined) return;
  log.error({ err }, `${kind} outside any app; the server keeps serving`);
}

const on_exception = (err: unknown): void => on_fault("uncaught exception", err);
const on_rejection = (reason: unknown): void => on_fault("unhandled rejection", reason);

/** Install the process handlers for one server; the returned function removes its share. */
export function install_fault_handlers(log: FastifyBaseLogger): () => void {
  if (servers.length === 0) {
    process.on("uncaughtException", on_exception);
    process.on("unhandledRejection", on_rejection);
  }
  servers.push(log);
  let removed = false;
  return () => {
    if (removed) return;
    removed = true;
    servers.splice(servers.indexOf(log), 1);
    if (servers.length === 0) {
      process.off("uncaughtException", on_exception);
      process.off("unhandledRejection", on_rejection);
    }
  };
}

/** True while handlers are installed (tests). */
export function fault_handlers_installed(): boolean {
  return servers.length > 0;
}

export interface FaultLogOptions {
  /** Errors logged in full per interval before the rest are only counted. */
  readonly burst: number;
  readonly interval_ms: number;
}

export const FAULT_LOG_DEFAULTS: FaultLogOptions = { burst: 5, interval_ms: 60_000 };

/**
 * Rate-limited error log of one session: the first `burst` errors of an interval are
 * logged in full, the rest counted and summed up in one line when the interval ends.
 */
export class FaultLog {
  private logged = 0;
  private suppressed = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly log: FastifyBaseLogger,
    private readonly describe: string,
    private readonly opts: FaultLogOptions = FAULT_LOG_DEFAULTS,
  ) {}

  report(err: unknown, where: string): void {
    if (this.timer === null) {
      this.timer = setTimeout(() => this.flush(), this.opts.interval_ms);
      this.timer.unref();
    }
    if (this.logged < this.opts.burst) {
      this.logged++;
      this.log.error({ err, where }, `${where} failed in ${this.describe}`);
      if (this.logged === this.opts.burst) {
        this.log.warn(`further errors in ${this.describe} are counted for ${this.opts.interval_ms} ms and summed up`);
      }
      return;
    }
    this.suppressed++;
  }

  private flush(): void {
    this.timer = null;
    if (this.suppressed > 0) {
      this.log.error({ suppressed: this.suppressed }, `${this.suppressed} more errors in ${this.describe} in the last ${this.opts.interval_ms} ms (not logged one by one)`);
    }
    this.logged = 0;
    this.suppressed = 0;
  }

  /** Session end: the count so far is logged now. */
  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.flush();
  }
}
