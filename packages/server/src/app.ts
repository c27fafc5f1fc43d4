/**
 * What an app is: a module whose default export builds a session's document, with
 * optional lifecycle hooks (Bokeh's server_lifecycle names). Also the loader that
 * imports an app file (TypeScript, through tsx when run from the CLI).
 */
import { existsSync, statSync } from "node:fs";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DashError, ErrorCode, type Document } from "@dash/protocol";
import { check_client_writes, type ClientWrites } from "./write_policy.ts";
import { read_app_directory, type AppDirectory } from "./app_directory.ts";

/** The request that created a session (page GET or websocket), as Bokeh's session_context.request. */
export interface RequestInfo {
  readonly arguments: Readonly<Record<string, string | readonly string[]>>;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly cookies: Readonly<Record<string, string>>;
}

export interface SessionContext {
  readonly id: string;
  readonly app_name: string;
  readonly request: RequestInfo;
  readonly document: Document;
  /** True once the session has been discarded. */
  readonly destroyed: boolean;
  /** Connected viewers (connections that have pulled the document). */
  readonly connection_count: number;
}

/** One browser or client connection of a session, for the per-connection hooks. */
export interface ConnectionContext {
  readonly id: string;
  /** Stable across that client's reconnects. */
  readonly client_id: string;
  readonly session: SessionContext;
}

export interface ServerContext {
  readonly app_name: string;
  /** The app's live sessions. */
  readonly sessions: () => readonly SessionContext[];
}

export type AppFunction = (doc: Document, context: SessionContext) => void | Promise<void>;

export interface AppModule {
  readonly default: AppFunction;
  readonly on_server_loaded?: (ctx: ServerContext) => void | Promise<void>;
  readonly on_server_unloaded?: (ctx: ServerContext) => void | Promise<void>;
  readonly on_session_created?: (ctx: SessionContext) => void | Promise<void>;
  readonly on_session_destroyed?: (ctx: SessionContext) => void | Promise<void>;
  /** A viewer joined a session (after it pulled the document). */
  readonly on_connection_created?: (ctx: ConnectionContext) => void | Promise<void>;
  /** A viewer left. */
  readonly on_connection_destroyed?: (ctx: ConnectionContext) => void | Promise<void>;
  /** One document for every visitor of the app (instead of one per page load). */
  readonly shared?: boolean;
  /** `?doc=<name>` gives each name its own document shared by its visitors (off unless the app says so). */
  readonly named_documents?: boolean;
  /** Keep shared and named documents while the server runs, even with no viewers (default: discarded like sessions). */
  readonly keep_documents?: boolean;
  /** What clients may change in the document (default "ui": what the page's own UI changes). */
  readonly client_writes?: ClientWrites;
  /** Set by load_app for a directory app: its template, static folder and theme. */
  readonly directory?: AppDirectory;
}

const HOOKS = [
  "on_server_loaded", "on_server_unloaded", "on_session_created", "on_session_destroyed", "on_connection_created", "on_connection_destroyed",
] as const;

const UNLOCKED = Symbol.for("dash.without_document_lock");

/**
 * Bokeh's `without_document_lock`: the callback runs outside the document lock, so its
 * awaits do not hold up other callbacks or clients. Changes it makes still go out.
 */
export function without_document_lock<F extends (...args: never[]) => unknown>(fn: F): F {
  Object.defineProperty(fn, UNLOCKED, { value: true });
  return fn;
}

export function is_unlocked(fn: unknown): boolean {
  return typeof fn === "function" && (fn as unknown as Record<symbol, unknown>)[UNLOCKED] === true;
}

/** App name from its path: `examples/sliders.ts` -> `sliders`, a directory `apps/x/` (with main.ts) -> `x`. */
export function app_name_of(path: string): string {
  const p = resolve(path);
  const base = basename(p);
  return existsSync(p) && statSync(p).isDirectory() ? base : base.slice(0, base.length - extname(base).length);
}

function app_entry(path: string): string {
  const p = resolve(path);
  if (!existsSync(p)) throw new DashError(ErrorCode.APP_LOAD, `app file not found: ${path}`, { path });
  if (statSync(p).isDirectory()) {
    const main = join(p, "main.ts");
    if (!existsSync(main)) throw new DashError(ErrorCode.APP_LOAD, `app directory ${path} has no main.ts`, { path });
    return main;
  }
  return p;
}

/** Check a module's shape; throws DashError(APP_LOAD) naming what is wrong. */
export function check_app_module(mod: unknown, where: string): AppModule {
  const m = mod as Record<string, unknown> | null;
  if (m === null || typeof m !== "object") throw new DashError(ErrorCode.APP_LOAD, `${where}: not a module`);
  if (typeof m.default !== "function") {
    throw new DashError(ErrorCode.APP_LOAD, `${where}: the default export must be a function (doc) => void, got ${typeof m.default}`, { path: where });
  }
  for (const hook of HOOKS) {
    if (m[hook] !== undefined && typeof m[hook] !== "function") {
      throw new DashError(ErrorCode.APP_LOAD, `${where}: export ${hook} must be a function, got ${typeof m[hook]}`, { path: where });
    }
  }
  for (const flag of ["shared", "named_documents", "keep_documents"] as const) {
    if (m[flag] !== undefined && typeof m[flag] !== "boolean") {
      throw new DashError(ErrorCode.APP_LOAD, `${where}: export ${flag} must be a boolean, got ${typeof m[flag]}`, { path: where });
    }
  }
  try {
    check_client_writes(m.client_writes);
  } catch (e) {
    throw new DashError(ErrorCode.APP_LOAD, `${where}: ${e instanceof Error ? e.message : String(e)}`, { path: where });
  }
  return m as unknown as AppModule;
}

/** Import an app file; `version` busts the module cache (used by --dev reloads). */
export async function load_app(path: string, version = 0): Promise<AppModule> {
  const entry = app_entry(path);
  const url = pathToFileURL(entry).href + (version > 0 ? `?v=${version}` : "");
  let mod: unknown;
  try {
    mod = await import(url);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new DashError(ErrorCode.APP_LOAD, `cannot load app ${path}: ${reason}`, { path });
  }
  const app = check_app_module(mod, path);
  return entry === resolve(path) ? app : with_directory(app, read_app_directory(path));
}

/** A directory app: its theme (when it has one) is every session document's theme, set before the app runs. */
function with_directory(app: AppModule, directory: AppDirectory): AppModule {
  const theme = directory.theme;
  if (theme === null) return { ...app, directory };
  const themed: AppFunction = async (doc, context) => {
    doc.theme = theme;
    await app.default(doc, context);
  };
  return { ...app, default: themed, directory };
}
