/**
 * @dash/server: the app-facing API (everything of @dash/protocol: Document, models,
 * figure...) plus the server itself.
 */
export * from "@dash/protocol";
export { Theme } from "./theme.ts";
export { buildServer, type BuildOptions } from "./server.ts";
export { resolve_options, DEFAULTS, type ServerOptions, type ResolvedOptions, type SessionIds, type LogLevel } from "./options.ts";
export {
  without_document_lock,
  load_app,
  app_name_of,
  type AppModule,
  type AppFunction,
  type SessionContext,
  type ConnectionContext,
  type ServerContext,
  type RequestInfo,
} from "./app.ts";
export { generate_session_id, generate_token, verify_token, decode_token, check_token_signature, type TokenSettings } from "./tokens.ts";
export { DASH_VERSION } from "./version.ts";
export type { ClientWrites, ClientWritesSpec } from "./write_policy.ts";
export type { DashState } from "./state.ts";
export type { ServerSession } from "./session.ts";
export type { ServerConnection } from "./connection.ts";
