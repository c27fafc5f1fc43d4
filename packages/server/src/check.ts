/**
 * `dash check` and the check `dash serve` runs before listening: each app is type-checked
 * with the TypeScript compiler installed beside it (or beside Dash), then its function is
 * run once on a scratch document. Problems come back as `file:line:col message` lines;
 * nothing here prints or exits.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyBaseLogger } from "fastify";
import type { AppModule } from "./app.ts";
import { ServerSession } from "./session.ts";

export interface CheckProblem {
  /** `file:line:col` where known. */
  readonly where: string | null;
  readonly message: string;
}

export interface TypeCheckResult {
  /** null: no TypeScript compiler was found, nothing was checked. */
  readonly compiler: string | null;
  readonly problems: readonly CheckProblem[];
}

const SERVER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** A file as shown in messages: relative to the working directory when inside it, absolute otherwise. */
function shown(file: string, from: string): string {
  const r = relative(from, file);
  return r === "" || r.startsWith("..") ? file : r;
}

/** The app's entry file: the file itself, or a directory's main.ts. */
export function entry_of(path: string): string {
  const p = resolve(path);
  return existsSync(p) && statSync(p).isDirectory() ? join(p, "main.ts") : p;
}

function find_up(from: string, name: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    const f = join(dir, name);
    if (existsSync(f)) return f;
    if (dirname(dir) === dir) return null;
  }
}

/** tsc's bin: the compiler beside the app first (its project's choice), else the one beside Dash. */
function find_tsc(app_dir: string): string | null {
  for (const from of [join(app_dir, "noop.js"), join(SERVER_DIR, "noop.js")]) {
    try {
      const pkg = createRequire(from).resolve("typescript/package.json");
      const bin = join(dirname(pkg), "bin", "tsc");
      if (existsSync(bin)) return bin;
    } catch {
      // not installed there
    }
  }
  return null;
}

/** Where a package's declarations start (its package.json "types"), resolved from Dash's own location. */
export function types_entry(pkg: string): string | null {
  try {
    const dir = pkg === "@dash/server" ? SERVER_DIR : dirname(createRequire(join(SERVER_DIR, "noop.js")).resolve(`${pkg}/package.json`));
    const json = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { types?: string };
    return join(dir, json.types ?? "index.d.ts");
  } catch {
    return null;
  }
}

/** Compiler options for an app without a tsconfig of its own (also what `dash init` writes). */
export const DEFAULT_COMPILER_OPTIONS = {
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  lib: ["ES2023", "DOM"],
  strict: true,
  skipLibCheck: true,
  isolatedModules: true,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  esModuleInterop: true,
  types: ["node"],
};

/**
 * The tsconfig a check uses: the app's own (nearest tsconfig.json above it) narrowed to the
 * entry files, or Dash's defaults; `@dash/*` always resolve to the running Dash, as at run time.
 */
function write_tsconfig(entries: readonly string[]): string {
  const own = find_up(dirname(entries[0]!), "tsconfig.json");
  const paths: Record<string, string[]> = {};
  for (const pkg of ["@dash/server", "@dash/protocol"]) {
    const t = types_entry(pkg);
    if (t !== null) paths[pkg] = [t];
  }
  const types_dir = find_up(SERVER_DIR, join("node_modules", "@types"));
  const key = createHash("sha256").update(JSON.stringify([entries, own, SERVER_DIR])).digest("hex").slice(0, 16);
  const dir = join(tmpdir(), `dash-check-${key}`);
  mkdirSync(dir, { recursive: true });
  const config = {
    ...(own !== null ? { extends: own } : {}),
    compilerOptions: {
      ...(own === null ? DEFAULT_COMPILER_OPTIONS : {}),
      noEmit: true,
      incremental: true, // the second check of the same app reuses the first one's work
      tsBuildInfoFile: join(dir, "tsbuildinfo"),
      paths,
      ...(types_dir !== null ? { typeRoots: [types_dir] } : {}),
    },
    files: [...entries],
    include: [],
  };
  const file = join(dir, "tsconfig.json");
  writeFileSync(file, JSON.stringify(config, null, 2));
  return file;
}

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/** tsc's `--pretty false` output as problems; file names relative to `shown_from`. */
export function parse_tsc_output(text: string, tsc_cwd: string, shown_from: string): CheckProblem[] {
  const out: CheckProblem[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = DIAGNOSTIC.exec(line);
    if (m !== null) {
      const file = shown(resolve(tsc_cwd, m[1]!), shown_from);
      out.push({ where: `${file}:${m[2]}:${m[3]}`, message: `${m[5]} (${m[4]})` });
    } else if (line.startsWith(" ") && out.length > 0 && line.trim() !== "") {
      const last = out.pop()!;
      out.push({ where: last.where, message: `${last.message}\n  ${line.trim()}` });
    } else if (line.trim() !== "" && !line.startsWith("Found ")) {
      out.push({ where: null, message: line.trim() });
    }
  }
  return out;
}

/** Type-check app entry files together (one compiler run). */
export async function type_check(paths: readonly string[], shown_from = process.cwd()): Promise<TypeCheckResult> {
  const entries = paths.map(entry_of);
  const tsc = find_tsc(dirname(entries[0]!));
  if (tsc === null) return { compiler: null, problems: [] };
  const config = write_tsconfig(entries);
  const cwd = dirname(config);
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const p = spawn(process.execPath, [tsc, "--noEmit", "--pretty", "false", "-p", config], { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    p.stdout.on("data", (d: Buffer) => (output += d.toString()));
    p.stderr.on("data", (d: Buffer) => (output += d.toString()));
    p.on("error", (e) => done({ code: -1, output: `cannot run ${tsc}: ${e.message}` }));
    p.on("close", (code) => done({ code, output }));
  });
  const problems = parse_tsc_output(output, cwd, shown_from);
  if (code !== 0 && problems.length === 0) problems.push({ where: null, message: `tsc exited with code ${code}` });
  return { compiler: tsc, problems: code === 0 ? [] : problems };
}

/** file:line:col of the first stack frame inside the app's directory (not Dash, not node_modules). */
function where_in_app(e: unknown, app_dir: string, shown_from: string): string | null {
  const stack = e instanceof Error ? (e.stack ?? "") : "";
  for (const m of stack.matchAll(/(?:file:\/\/)?(\/[^\s():]+?\.[cm]?[tj]sx?)(?:\?[^:\s)]*)?:(\d+):(\d+)/g)) {
    const file = m[1]!;
    if (file.startsWith(app_dir) && !file.includes("/node_modules/")) return `${shown(file, shown_from)}:${m[2]}:${m[3]}`;
  }
  return null;
}

/**
 * Runs the app once on a scratch session (on_session_created, the app function, a
 * serialization of what it built), then discards it. Resolves with the problem, or null.
 */
export async function trial_run(
  name: string,
  app: AppModule,
  path: string,
  log: FastifyBaseLogger,
  timeout_ms = 60_000,
  shown_from = process.cwd(),
): Promise<CheckProblem | null> {
  // The session logger expects its parent to carry `app` (as the session manager's does).
  const session = new ServerSession({ id: `dash-check-${name}`, app_name: name, request: { arguments: {}, headers: {}, cookies: {} }, log: log.child({ app: name }) });
  const app_dir = dirname(entry_of(path));
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, fail) => {
      timer = setTimeout(() => fail(new Error(`the app function did not finish within ${timeout_ms / 1000} s`)), timeout_ms);
    });
    await Promise.race([session.initialize(app), timeout]);
    session.document.to_json({ binary: true });
    if (app.on_session_destroyed) await app.on_session_destroyed(session.context);
    return null;
  } catch (e) {
    const message = e instanceof Error ? `${e.name === "Error" ? "" : `${e.name}: `}${e.message}` : String(e);
    return { where: where_in_app(e, app_dir, shown_from), message: `the app function threw: ${message}` };
  } finally {
    clearTimeout(timer);
    session.destroy();
  }
}

export function format_problem(app: string, p: CheckProblem): string {
  return `${p.where ?? app}: ${p.message}`;
}
