/**
 * The `dash` command: parse, load apps, build, listen. Bad flags and apps that are
 * missing or do not load exit with code 2 before anything listens.
 *
 *   dash serve APP... [--port 5006] [--address 127.0.0.1] [--show] ...
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { spawn } from "node:child_process";
import { existsSync, watch, type FSWatcher } from "node:fs";
import { delimiter, join, resolve } from "node:path";
import { DashError } from "@dash/protocol";
import { app_name_of, load_app, type AppModule } from "./app.ts";
import { format_problem, trial_run, type_check, type CheckProblem } from "./check.ts";
import { FlagError, PARITY_FLAGS, PARITY_USAGE, expand_globs, parity_options, split_app_args } from "./cli_parity.ts";
import type { FastifyBaseLogger } from "fastify";
import { CLIENT_KINDS, DEFAULTS, LOG_LEVELS, type ClientChoice, type LogLevel, type SessionIds } from "./options.ts";
import { DASH_VERSION } from "./version.ts";
import { is_worker, run_workers, worker_index } from "./redis/workers.ts";

export const EXIT_USAGE = 2;

const SERVE_OPTIONS = {
  port: { type: "string" },
  address: { type: "string" },
  show: { type: "boolean" },
  "allow-websocket-origin": { type: "string", multiple: true },
  prefix: { type: "string" },
  "session-ids": { type: "string" },
  "keep-alive": { type: "string" },
  "check-unused-sessions": { type: "string" },
  "unused-session-lifetime": { type: "string" },
  "websocket-max-message-size": { type: "string" },
  "max-decoded-size": { type: "string" },
  "shutdown-timeout": { type: "string" },
  "websocket-max-message-rate": { type: "string" },
  "websocket-message-burst": { type: "string" },
  "websocket-max-queued-messages": { type: "string" },
  "websocket-max-queued-bytes": { type: "string" },
  "frame-ancestors": { type: "string" },
  client: { type: "string" },
  dev: { type: "boolean" },
  "log-level": { type: "string" },
  redis: { type: "string" },
  "num-procs": { type: "string" },
  // session bounds (issue 19)
  "max-sessions": { type: "string" },
  "max-named-documents": { type: "string" },
  help: { type: "boolean", short: "h" },
  // --- issue 18: bokeh serve parity flags (cli_parity.ts) ---
  ...PARITY_FLAGS,
} as const satisfies ParseArgsConfig["options"];

export const USAGE = `Usage: dash serve APP... [options] [--args ARG...]
       dash check APP...
       dash init DIR
       dash --help | --version

Serve one or more apps (TypeScript files whose default export builds a document), each at /<name>.

Options:
  --port PORT                        port to listen on (default ${DEFAULTS.port}; 0 picks a free one)
  --address ADDRESS                  address to listen on (default ${DEFAULTS.address})
  --show                             open the app in a browser (or print its URL)
  --allow-websocket-origin HOST[:PORT]  allowed websocket origin, repeatable (default: the listening address)
  --prefix PATH                      URL prefix for all routes (default none)
  --session-ids unsigned|signed      session id policy (default unsigned; signed needs DASH_SECRET_KEY)
  --keep-alive MS                    websocket ping interval, 0 disables (default ${DEFAULTS.keep_alive})
  --check-unused-sessions MS         how often to look for unused sessions (default ${DEFAULTS.check_unused_sessions})
  --unused-session-lifetime MS       how long a session without connections lives (default ${DEFAULTS.unused_session_lifetime})
  --websocket-max-message-size BYTES largest websocket message accepted (default ${DEFAULTS.websocket_max_message_size})
  --max-decoded-size BYTES           largest decoded base64 bytes/array in a client message (default: the message cap)
  --shutdown-timeout MS              exit anyway (code 1) when a graceful shutdown takes longer (default ${DEFAULTS.shutdown_timeout})
  --websocket-max-message-rate N     messages/s one connection may send, sustained; 0 disables (default ${DEFAULTS.websocket_max_message_rate})
  --websocket-message-burst N        messages one connection may send at once above the rate (default ${DEFAULTS.websocket_message_burst})
  --websocket-max-queued-messages N  messages of one connection waiting to be handled (default ${DEFAULTS.websocket_max_queued_messages})
  --websocket-max-queued-bytes BYTES bytes of one connection's messages waiting to be handled (default ${DEFAULTS.websocket_max_queued_bytes})
  --frame-ancestors SOURCES          CSP frame-ancestors of app pages, e.g. "'self' https://a.example" or "*" (default ${DEFAULTS.frame_ancestors})
  --client auto|dash|bokehjs         browser client of app pages and autoload.js (default auto: Dash's when it handles
                                     every model type of the document, else BokehJS; ?client= overrides)
  --dev                              reload apps when their files change; rebuild the client bundle as needed
  --log-level LEVEL                  ${LOG_LEVELS.join("|")} (default ${DEFAULTS.log_level})
  --redis redis://HOST:PORT/DB       share documents with other processes through Redis (or DASH_REDIS_URL)
  --num-procs N                      run N worker processes on the port (shared apps need --redis)
  --max-sessions N                   live sessions per app; past it new ones are refused (default ${DEFAULTS.max_sessions}; 0: no cap)
  --max-named-documents N            live ?doc= documents per app (default ${DEFAULTS.max_named_documents})
  -h, --help                         show this help
  --version                          print the version
${PARITY_USAGE}
dash check APP... type-checks each app and runs it once on a scratch document, as serve does
before listening; exit code 2 when something is wrong.
`;

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

const default_io: CliIO = { out: (l) => process.stdout.write(l + "\n"), err: (l) => process.stderr.write(l + "\n") };

class UsageError extends FlagError {}

function integer(flag: string, v: string | undefined, min = 0): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`--${flag} expects a whole number >= ${min}, got '${v}'`);
  return Number(v);
}

function find_opener(): string[] | null {
  if (process.platform === "darwin") return ["open"];
  if (process.platform === "win32") return ["cmd", "/c", "start", ""];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of ["xdg-open", "sensible-browser"]) if (dir && existsSync(join(dir, name))) return [join(dir, name)];
  }
  return null;
}

function show(url: string, io: CliIO): void {
  const opener = process.env.DISPLAY || process.platform !== "linux" ? find_opener() : null;
  if (opener === null) {
    io.out(`Open ${url} in a browser.`);
    return;
  }
  const child = spawn(opener[0]!, [...opener.slice(1), url], { stdio: "ignore", detached: true });
  child.on("error", () => io.out(`Open ${url} in a browser.`));
  child.unref();
}

/** The check `dash check` runs, and `dash serve` before listening: type errors of all apps, then one trial run of each. */
async function check_apps(
  apps: Readonly<Record<string, AppModule>>,
  paths: Readonly<Record<string, string>>,
  log: FastifyBaseLogger,
  io: CliIO,
): Promise<Map<string, number> | null> {
  const started = Date.now();
  const types = await type_check(Object.values(paths));
  if (types.compiler === null) io.err("dash: typescript is not installed beside the app or Dash; type check skipped");
  const problems: string[] = types.problems.map((p) => format_problem("", p));
  const took = new Map<string, number>();
  const type_ms = Date.now() - started;
  for (const [name, app] of Object.entries(apps)) {
    const t0 = Date.now();
    const p = await trial_run(name, app, paths[name]!, log);
    if (p !== null) problems.push(format_problem(paths[name]!, p));
    took.set(name, type_ms + Date.now() - t0);
  }
  if (problems.length === 0) return took;
  for (const line of problems) io.err(line);
  return null;
}

/** Loads each app, timing it; null (after printing why) when one fails. */
async function load_apps(positionals: readonly string[], io: CliIO, cmd: string): Promise<{ apps: Record<string, AppModule>; paths: Record<string, string>; ms: Record<string, number> } | null> {
  const apps: Record<string, AppModule> = {};
  const paths: Record<string, string> = {};
  const ms: Record<string, number> = {};
  for (const path of positionals) {
    const name = app_name_of(path);
    if (apps[name] !== undefined) {
      io.err(`dash ${cmd}: two apps are named '${name}' (${paths[name]} and ${path})`);
      return null;
    }
    try {
      const t0 = Date.now();
      apps[name] = await load_app(path);
      ms[name] = Date.now() - t0;
      paths[name] = resolve(path);
    } catch (e) {
      io.err(`dash ${cmd}: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  }
  return { apps, paths, ms };
}

async function check_command(args: readonly string[], io: CliIO): Promise<number> {
  let positionals: string[];
  try {
    const parsed = parseArgs({ args: [...args], options: { glob: { type: "boolean" }, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
    if (parsed.values.help) {
      io.out(USAGE);
      return 0;
    }
    positionals = parsed.values.glob ? await expand_globs(parsed.positionals) : parsed.positionals;
    if (positionals.length === 0) throw new UsageError("check needs at least one APP file");
  } catch (e) {
    io.err(`dash check: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT_USAGE;
  }
  const loaded = await load_apps(positionals, io, "check");
  if (loaded === null) return EXIT_USAGE;
  const { default: Fastify } = await import("fastify");
  const log = Fastify({ logger: { level: "error" } }).log;
  const ok = await check_apps(loaded.apps, loaded.paths, log, io);
  if (ok === null) return EXIT_USAGE;
  for (const name of Object.keys(loaded.apps)) io.out(`dash check: ${name} OK (${loaded.paths[name]})`);
  return 0;
}

/** Runs the command; resolves with the exit code (for `serve`, once the server has stopped). */
export async function main(argv: readonly string[], io: CliIO = default_io): Promise<number> {
  const [command, ...all_rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(USAGE);
    return command === undefined ? EXIT_USAGE : 0;
  }
  if (command === "--version" || command === "-v") {
    io.out(DASH_VERSION);
    return 0;
  }
  if (command === "check") return check_command(all_rest, io);
  if (command === "init") {
    const { init_command } = await import("./init.ts");
    return init_command(all_rest, io);
  }
  if (command !== "serve") {
    io.err(`dash: unknown command '${command}'\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const { own: rest, app_args } = split_app_args(all_rest);
  let values, positionals: string[];
  let port: number | undefined, keep_alive, check_unused, lifetime, max_size, max_decoded, shutdown_timeout, num_procs;
  let parity;
  let msg_rate, msg_burst, queued_msgs, queued_bytes;
  try {
    ({ values, positionals } = parseArgs({ args: [...rest], options: SERVE_OPTIONS, allowPositionals: true, strict: true }));
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    if (values.glob) positionals = await expand_globs(positionals);
    if (positionals.length === 0) throw new UsageError("serve needs at least one APP file");
    port = integer("port", values.port);
    if (port !== undefined && port > 65535) throw new UsageError(`--port expects 0..65535, got '${values.port}'`);
    keep_alive = integer("keep-alive", values["keep-alive"]);
    check_unused = integer("check-unused-sessions", values["check-unused-sessions"], 1);
    lifetime = integer("unused-session-lifetime", values["unused-session-lifetime"], 1);
    max_size = integer("websocket-max-message-size", values["websocket-max-message-size"], 1024);
    num_procs = integer("num-procs", values["num-procs"], 1);
    max_decoded = integer("max-decoded-size", values["max-decoded-size"], 1);
    shutdown_timeout = integer("shutdown-timeout", values["shutdown-timeout"], 1);
    msg_rate = integer("websocket-max-message-rate", values["websocket-max-message-rate"]);
    msg_burst = integer("websocket-message-burst", values["websocket-message-burst"], 1);
    queued_msgs = integer("websocket-max-queued-messages", values["websocket-max-queued-messages"], 1);
    queued_bytes = integer("websocket-max-queued-bytes", values["websocket-max-queued-bytes"], 1024);
    const ids = values["session-ids"];
    if (ids !== undefined && ids !== "unsigned" && ids !== "signed") throw new UsageError(`--session-ids expects unsigned or signed, got '${ids}'`);
    const client = values.client;
    if (client !== undefined && !(CLIENT_KINDS as readonly string[]).includes(client)) {
      throw new UsageError(`--client expects one of ${CLIENT_KINDS.join(", ")}, got '${client}'`);
    }
    const level = values["log-level"];
    if (level !== undefined && !(LOG_LEVELS as readonly string[]).includes(level)) {
      throw new UsageError(`--log-level expects one of ${LOG_LEVELS.join(", ")}, got '${level}'`);
    }
    parity = await parity_options(values);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`dash serve: ${msg}\n\nRun 'dash serve --help' for usage.`);
    return EXIT_USAGE;
  }

  // --args: the apps see them as process.argv.slice(2), as Bokeh apps see sys.argv[1:].
  const saved_argv = process.argv;
  if (app_args !== null) process.argv = [process.argv[0]!, resolve(positionals[0]!), ...app_args];
  const loaded = await load_apps(positionals, io, "serve");
  if (loaded === null) return EXIT_USAGE;
  const { apps, paths } = loaded;
  const check = !values["skip-check"] && !is_worker(); // the primary of --num-procs checked already

  if (num_procs !== undefined && num_procs > 1 && !is_worker()) {
    const redis = values.redis ?? process.env.DASH_REDIS_URL;
    const shared = Object.entries(apps).filter(([, a]) => a.shared === true).map(([n]) => n);
    if ((redis === undefined || redis === "") && shared.length > 0) {
      io.err(`dash serve: --num-procs needs --redis: app ${shared.join(", ")} is shared by every visitor`);
      return EXIT_USAGE;
    }
    if (check) {
      const { default: Fastify } = await import("fastify");
      if ((await check_apps(apps, paths, Fastify({ logger: { level: "error" } }).log, io)) === null) return EXIT_USAGE;
    }
    process.argv = saved_argv; // workers are forked with dash's own arguments
    return run_workers(num_procs, io);
  }

  const { buildServer } = await import("./server.ts");
  let server;
  try {
    server = buildServer({
      apps,
      port,
      address: values.address,
      allow_websocket_origin: values["allow-websocket-origin"],
      prefix: values.prefix,
      session_ids: values["session-ids"] as SessionIds | undefined,
      keep_alive,
      check_unused_sessions: check_unused,
      unused_session_lifetime: lifetime,
      websocket_max_message_size: max_size,
      max_decoded_size: max_decoded,
      shutdown_timeout,
      websocket_max_message_rate: msg_rate,
      websocket_message_burst: msg_burst,
      websocket_max_queued_messages: queued_msgs,
      websocket_max_queued_bytes: queued_bytes,
      frame_ancestors: values["frame-ancestors"],
      dev: values.dev ?? false,
      log_level: values["log-level"] as LogLevel | undefined,
      client: values.client as ClientChoice | undefined,
      redis: values.redis,
      max_sessions: integer("max-sessions", values["max-sessions"]),
      max_named_documents: integer("max-named-documents", values["max-named-documents"]),
      catch_app_faults: true,
      // --- issue 18: bokeh serve parity ---
      ...parity,
    });
  } catch (e) {
    io.err(`dash serve: ${e instanceof DashError ? `${e.code}: ${e.message}` : String(e)}`);
    return EXIT_USAGE;
  }
  const o = server.dash.options;
  let checked = new Map<string, number>();
  if (check) {
    // on_server_loaded runs first (ready), so a trial sees what the app's sessions will see
    try {
      await server.ready();
    } catch (e) {
      io.err(`dash serve: ${e instanceof Error ? e.message : String(e)}`);
      await server.close().catch(() => undefined);
      return EXIT_USAGE;
    }
    const took = await check_apps(apps, paths, server.log, io);
    if (took === null) {
      await server.close().catch(() => undefined);
      return EXIT_USAGE;
    }
    checked = took;
  }
  try {
    await server.listen({ port: o.port, host: o.address });
  } catch (e) {
    io.err(`dash serve: cannot listen on ${o.address}:${o.port}: ${e instanceof Error ? e.message : String(e)}`);
    await server.close().catch(() => undefined);
    return 1;
  }
  const addr = server.server.address();
  const actual_port = addr !== null && typeof addr === "object" ? addr.port : o.port;
  const host = o.address === "0.0.0.0" || o.address === "::" ? "localhost" : o.address.includes(":") ? `[${o.address}]` : o.address;
  const scheme = o.parity.ssl !== null ? "https" : "http";
  const names = Object.keys(apps);
  const urls = names.map((n) => `${scheme}://${host}:${actual_port}${server.dash.app_path(n)}`);
  const first = (worker_index() ?? 0) === 0; // with --num-procs, one worker speaks for all
  if (first) {
    names.forEach((n, i) => {
      const c = checked.get(n);
      io.out(`Dash app running at: ${urls[i]} (loaded in ${loaded.ms[n]} ms${c !== undefined ? `, checked in ${c} ms` : ""})`);
    });
  }
  if (values.show && first) show(urls[0]!, io);

  const watchers: FSWatcher[] = [];
  const latest = new Map<string, number>(); // app name -> newest edit seen
  if (o.dev) {
    let version = 0;
    for (const [name, path] of Object.entries(paths)) {
      watchers.push(watch(path, () => {
        const v = ++version;
        latest.set(name, v);
        void reload(name, path, v);
      }));
    }
  }
  /** --dev: an edit that loads, type-checks and runs once replaces the app; otherwise its pages show why. */
  async function reload(name: string, path: string, v: number): Promise<void> {
    const problems: CheckProblem[] = [];
    let mod: AppModule | null = null;
    try {
      mod = await load_app(path, v);
    } catch (e) {
      problems.push({ where: null, message: e instanceof Error ? e.message : String(e) });
    }
    if (mod !== null && check) {
      problems.push(...(await type_check([path])).problems);
      if (problems.length === 0) {
        const p = await trial_run(name, mod, path, server!.log);
        if (p !== null) problems.push(p);
      }
    }
    if (latest.get(name) !== v) return; // a newer edit is being checked; it decides
    if (problems.length > 0 || mod === null) {
      const text = problems.map((p) => format_problem(path, p)).join("\n");
      server!.dash.dev_errors.set(name, text);
      server!.log.error({ app: name }, `app reload failed: ${text}`);
      return;
    }
    server!.dash.dev_errors.delete(name);
    server!.dash.managers.get(name)?.replace_app(mod);
    server!.log.info({ app: name }, "app reloaded: new sessions use the new code");
  }

  return new Promise<number>((done) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) {
        io.err(`dash: ${signal} again, exiting now`);
        done(1);
        return;
      }
      stopping = true;
      server.log.info(`${signal}: shutting down`);
      for (const w of watchers) w.close();
      // A shutdown that waits on something gone (Redis down) must not keep the process up forever.
      const deadline = setTimeout(() => {
        server.log.error({ shutdown_timeout: o.shutdown_timeout }, `shutdown did not finish within ${o.shutdown_timeout} ms: exiting anyway`);
        done(1);
      }, o.shutdown_timeout);
      server.close().then(
        () => {
          clearTimeout(deadline);
          done(0);
        },
        (e: unknown) => {
          clearTimeout(deadline);
          io.err(`dash: error while shutting down: ${String(e)}`);
          done(1);
        },
      );
    };
    process.on("SIGINT", () => stop("SIGINT"));
    process.on("SIGTERM", () => stop("SIGTERM"));
  });
}
