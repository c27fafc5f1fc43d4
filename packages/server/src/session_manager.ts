/**
 * An app's sessions: creation by id (once, even when a page request and a websocket
 * race), lookup, lifecycle hooks, and discarding sessions unused for too long. The number
 * of live sessions, and of named documents among them, is capped: past the cap a new
 * session is refused (DASH_ERR_TOO_MANY_SESSIONS) and the live ones keep working.
 */
import { DashError, ErrorCode } from "@dash/protocol";
import type { FastifyBaseLogger } from "fastify";
import type { AppModule, RequestInfo, ServerContext } from "./app.ts";
import { ServerSession } from "./session.ts";
import { FaultLog, run_as_app, type AppScope } from "./app_faults.ts";

export interface SessionManagerOptions {
  readonly app_name: string;
  readonly app: AppModule;
  readonly log: FastifyBaseLogger;
  readonly check_unused_sessions: number;
  readonly unused_session_lifetime: number;
  /** Live sessions at most (0: no cap). */
  readonly max_sessions?: number;
  /** Live named documents at most (0: no cap). */
  readonly max_named_documents?: number;
  /** Bound on decoded bytes in a client's patch or document (see ResolvedOptions.max_decoded_size). */
  readonly max_decoded_bytes?: number;
}

/** What a session is for: one page load, a named document (`?doc=`), or the app's one shared document. */
export type SessionKind = "session" | "named" | "shared";

/** How often a refusal for the cap is logged at most. */
const REFUSAL_LOG_MS = 10_000;

/** How sessions are hosted when several processes share documents (`--redis`). */
export interface SessionHosting {
  /** Instead of session.initialize: build, join or take over the session's document. */
  host(session: ServerSession, app: AppModule): Promise<void>;
  /** The session was destroyed here. */
  detach(session: ServerSession): Promise<void>;
}

export class SessionManager {
  readonly app_name: string;
  private app: AppModule;
  private readonly log: FastifyBaseLogger;
  private readonly sessions = new Map<string, ServerSession>();
  private readonly creating = new Map<string, Promise<ServerSession>>();
  /** Ids of live (or being created) named documents. */
  private readonly named = new Set<string>();
  private refused = 0;
  private refusal_logged_at = -Infinity;
  private timer: ReturnType<typeof setInterval> | null = null;
  readonly context: ServerContext;
  /** Set in `--redis` mode; null: this process alone hosts its sessions. */
  hosting: SessionHosting | null = null;
  sessions_created = 0;
  sessions_destroyed = 0;

  constructor(private readonly opts: SessionManagerOptions) {
    this.app_name = opts.app_name;
    this.app = opts.app;
    this.log = opts.log.child({ app: opts.app_name });
    this.context = { app_name: opts.app_name, sessions: () => [...this.sessions.values()].map((s) => s.context) };
    const faults = new FaultLog(this.log, `app '${opts.app_name}' (server hooks)`);
    this.fault_scope = { app: opts.app_name, session: null, report: (err, where) => faults.report(err, where) };
  }

  /** Server-level hooks (on_server_loaded/unloaded) run in this scope (see app_faults.ts). */
  private readonly fault_scope: AppScope;

  /** --dev: new sessions use the reloaded module; running ones keep theirs. */
  replace_app(app: AppModule): void {
    this.app = app;
  }

  /** The app declared one document for every visitor (`export const shared = true`). */
  get shared(): boolean {
    return this.app.shared === true;
  }

  /** The app accepts `?doc=<name>` (`export const named_documents = true`). */
  get named_documents(): boolean {
    return this.app.named_documents === true;
  }

  get count(): number {
    return this.sessions.size;
  }
  get(id: string): ServerSession | undefined {
    return this.sessions.get(id);
  }
  all(): readonly ServerSession[] {
    return [...this.sessions.values()];
  }

  async start(): Promise<void> {
    const loaded = this.app.on_server_loaded;
    if (loaded) await run_as_app(this.fault_scope, () => loaded(this.context));
    this.timer = setInterval(() => this.discard_unused(), this.opts.check_unused_sessions);
    this.timer.unref?.();
  }

  /** The session with this id, created (running the app) when it does not exist yet. */
  get_or_create(id: string, request: RequestInfo, kind: SessionKind = "session"): Promise<ServerSession> {
    const existing = this.sessions.get(id);
    if (existing) return Promise.resolve(existing);
    const pending = this.creating.get(id);
    if (pending) return pending;
    try {
      this.admit(kind);
    } catch (e) {
      return Promise.reject(e);
    }
    if (kind === "named") this.named.add(id);
    const p = this.create(id, request, kind).finally(() => {
      this.creating.delete(id);
      if (!this.sessions.has(id)) this.named.delete(id);
    });
    this.creating.set(id, p);
    return p;
  }

  /** Throws TOO_MANY_SESSIONS when a new session of this kind would pass a cap. */
  private admit(kind: SessionKind): void {
    const max = this.opts.max_sessions ?? 0;
    const max_named = this.opts.max_named_documents ?? 0;
    const live = (): number => this.sessions.size + this.creating.size;
    // Unused sessions past their lifetime go first, rather than refusing a visitor for them.
    if (max > 0 && live() >= max) this.discard_unused();
    let why: string | null = null;
    if (max > 0 && live() >= max) why = `app '${this.app_name}' has ${max} live sessions (--max-sessions)`;
    else if (kind === "named" && max_named > 0 && this.named.size >= max_named) {
      why = `app '${this.app_name}' has ${max_named} named documents (--max-named-documents)`;
    }
    if (why === null) return;
    this.refused++;
    const now = Date.now();
    if (now - this.refusal_logged_at >= REFUSAL_LOG_MS) {
      this.refusal_logged_at = now;
      this.log.warn({ refused: this.refused }, `new session refused: ${why}`);
    }
    throw new DashError(ErrorCode.TOO_MANY_SESSIONS, `${why}; try again later`);
  }

  private async create(id: string, request: RequestInfo, kind: SessionKind): Promise<ServerSession> {
    const session = new ServerSession({ id, app_name: this.app_name, request, log: this.log, max_decoded_bytes: this.opts.max_decoded_bytes });
    // The app's one shared document lives while the server runs; named ones only when the app keeps them.
    session.persistent = kind === "shared" || (kind === "named" && this.app.keep_documents === true);
    try {
      if (this.hosting !== null) await this.hosting.host(session, this.app);
      else await session.initialize(this.app);
    } catch (e) {
      session.destroy();
      this.log.error({ err: e, session: id }, `app '${this.app_name}' failed to build a document`);
      throw e;
    }
    this.sessions.set(id, session);
    this.sessions_created++;
    this.log.debug({ session: id }, "session created");
    return session;
  }

  /** Sessions without connections for longer than the lifetime are destroyed. */
  discard_unused(now = Date.now()): number {
    let n = 0;
    for (const s of this.sessions.values()) {
      if (!s.persistent && s.connection_count === 0 && now - s.last_unsubscribed >= this.opts.unused_session_lifetime) {
        void this.destroy(s);
        n++;
      }
    }
    return n;
  }

  async destroy(session: ServerSession): Promise<void> {
    if (!this.sessions.delete(session.id)) return;
    this.named.delete(session.id);
    session.destroy();
    if (this.hosting !== null) await this.hosting.detach(session);
    this.sessions_destroyed++;
    this.log.debug({ session: session.id }, "session destroyed");
    try {
      const hook = this.app.on_session_destroyed;
      if (hook) await run_as_app(session.fault_scope, () => hook(session.context));
    } catch (e) {
      this.log.error({ err: e, session: session.id }, "on_session_destroyed failed");
    }
  }

  /** Server shutdown: every session destroyed, then on_server_unloaded. */
  async stop(): Promise<void> {
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await Promise.all(this.all().map((s) => this.destroy(s)));
    try {
      const unloaded = this.app.on_server_unloaded;
      if (unloaded) await run_as_app(this.fault_scope, () => unloaded(this.context));
    } catch (e) {
      this.log.error({ err: e }, "on_server_unloaded failed");
    }
  }
}
