/**
 * What the routes share: resolved options, one SessionManager per app, the client
 * bundle and the live connections. Decorated onto the fastify instance as `dash`
 * (tests and benches read it).
 */
import type { FastifyBaseLogger } from "fastify";
import { ClientBundle } from "./bundle.ts";
import { DecisionLog } from "./client_choice.ts";
import type { ServerConnection } from "./connection.ts";
import { ServerMetrics } from "./metrics.ts";
import type { ResolvedOptions } from "./options.ts";
import { SessionManager } from "./session_manager.ts";
import type { TokenSettings } from "./tokens.ts";

export class DashState {
  readonly managers = new Map<string, SessionManager>();
  readonly connections = new Set<ServerConnection>();
  readonly bundle: ClientBundle;
  readonly tokens: TokenSettings;
  /** Counters for /metrics and the stats log line. */
  readonly metrics = new ServerMetrics();
  /** --dev: app name -> why its last edit was refused (shown on its pages; the last good code keeps serving). */
  readonly dev_errors = new Map<string, string>();
  /** --client auto: each app's decisions, logged once per reason. */
  readonly decisions: DecisionLog;

  constructor(
    readonly options: ResolvedOptions,
    readonly log: FastifyBaseLogger,
  ) {
    this.bundle = new ClientBundle({ ...options.client_bundle, dev: options.dev }, log);
    this.decisions = new DecisionLog(log);
    this.tokens = { signed: options.session_ids === "signed", secret_key: options.secret_key };
    for (const [name, app] of Object.entries(options.apps)) {
      this.managers.set(name, new SessionManager({
        app_name: name,
        app,
        log,
        check_unused_sessions: options.check_unused_sessions,
        unused_session_lifetime: options.unused_session_lifetime,
        max_sessions: options.max_sessions,
        max_named_documents: options.max_named_documents,
        max_decoded_bytes: options.max_decoded_size,
      }));
    }
  }

  get app_names(): readonly string[] {
    return [...this.managers.keys()];
  }

  /** Path of an app's page, with the prefix. */
  app_path(name: string): string {
    return `${this.options.prefix}/${name}`;
  }

  get bundle_path(): string {
    return `${this.options.prefix}/static/dash-client.js`;
  }

  session_count(): number {
    let n = 0;
    for (const m of this.managers.values()) n += m.count;
    return n;
  }
}
