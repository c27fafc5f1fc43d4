/**
 * Multi-process test harness: a real redis-server on a free port (a child process), real
 * `dash serve` processes (children), and a small TCP balancer so that clients that lose
 * their process reconnect to another. Everything started is stopped by `stop_all()`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, connect as tcp_connect, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");
const DASH = join(ROOT, "packages/server/bin/dash.js");
const children = new Set<ChildProcess>();
/** redis-server children: stopped after the dash processes (which hand over to Redis when they stop). */
const brokers = new Set<ChildProcess>();
const cleanups: Array<() => void | Promise<void>> = [];

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function free_port(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function track(child: ChildProcess): ChildProcess {
  children.add(child);
  child.on("exit", () => children.delete(child));
  return child;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once("exit", () => r()));
}

/** Resolves with the first stdout match, or rejects when the process exits first. */
function wait_for(child: ChildProcess, re: RegExp, what: string, timeout = 60_000): Promise<RegExpMatchArray> {
  return new Promise((resolve_, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`${what}: timed out; output:\n${out}`)), timeout);
    const on_data = (d: Buffer): void => {
      out += d.toString();
      const m = out.match(re);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off("data", on_data);
        resolve_(m);
      }
    };
    child.stdout?.on("data", on_data);
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code, sig) => {
      clearTimeout(timer);
      reject(new Error(`${what}: exited (${code ?? sig}) before ready; output:\n${out}`));
    });
  });
}

export interface RedisProc {
  readonly port: number;
  readonly url: string;
  /** Stop (SIGTERM; or SIGKILL) and start again on the same port and data directory. */
  restart(opts?: { kill?: boolean; down_ms?: number }): Promise<void>;
  stop(): Promise<void>;
}

export async function start_redis(opts: { appendonly?: boolean } = {}): Promise<RedisProc> {
  const port = await free_port();
  const dir = mkdtempSync(join(tmpdir(), "dash-redis-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--dir", dir, "--daemonize", "no"];
  if (opts.appendonly) args.push("--appendonly", "yes", "--appendfsync", "always");
  else args.push("--appendonly", "no");
  let child: ChildProcess;
  const launch = async (): Promise<void> => {
    child = track(spawn("/usr/bin/redis-server", args, { stdio: ["ignore", "pipe", "pipe"] }));
    brokers.add(child);
    await wait_for(child, /Ready to accept connections/, "redis-server");
  };
  await launch();
  const stop = async (signal: NodeJS.Signals = "SIGTERM"): Promise<void> => {
    child.kill(signal);
    await exited(child);
  };
  return {
    port,
    url: `redis://127.0.0.1:${port}/0`,
    async restart(o = {}) {
      await stop(o.kill ? "SIGKILL" : "SIGTERM");
      await sleep(o.down_ms ?? 0);
      await launch();
    },
    stop: () => stop(),
  };
}

export interface DashProc {
  readonly port: number;
  readonly pid: number;
  readonly output: string[];
  url(app: string): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `dash serve` of apps in test/redis/apps (names) or files (paths ending in .ts); redis_url null: single process. */
export async function start_dash(apps: readonly string[], redis_url: string | null, extra: readonly string[] = []): Promise<DashProc> {
  const files = apps.map((a) => (a.endsWith(".ts") ? a : join(ROOT, "test/redis/apps", `${a}.ts`)));
  const broker = redis_url === null ? [] : ["--redis", redis_url];
  const args = [DASH, "serve", ...files, "--port", "0", ...broker, "--log-level", "warn", "--allow-websocket-origin", "*", "--skip-check", ...extra]; // the apps are checked by tsc; keeps start-up inside the timeout
  const child = track(spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DASH_REDIS_URL: "" } }));
  const output: string[] = [];
  child.stderr?.on("data", (d: Buffer) => output.push(d.toString()));
  const m = await wait_for(child, /Dash app running at: http:\/\/[^:]+:(\d+)\//, "dash serve");
  child.stdout?.on("data", (d: Buffer) => output.push(d.toString()));
  const port = Number(m[1]);
  return {
    port,
    pid: child.pid!,
    output,
    url: (app) => `http://127.0.0.1:${port}/${app}`,
    async kill(signal = "SIGTERM") {
      child.kill(signal);
      await exited(child);
    },
  };
}

/** A TCP balancer: each new connection goes to the next live backend (round robin). */
export interface Balancer {
  readonly port: number;
  url(app: string): string;
  set(backends: readonly number[]): void;
  /** Cut every connection through the balancer (clients see their socket drop). */
  drop(): void;
}

export async function start_balancer(backends: readonly number[]): Promise<Balancer> {
  let live = [...backends];
  let next = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    if (live.length === 0) return void client.destroy();
    const port = live[next++ % live.length]!;
    const upstream = tcp_connect(port, "127.0.0.1");
    sockets.add(upstream);
    upstream.on("close", () => sockets.delete(upstream));
    client.pipe(upstream).pipe(client);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end);
    upstream.on("error", end);
    client.on("close", end);
    upstream.on("close", end);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  );
  const drop = (): void => {
    for (const s of sockets) s.destroy();
  };
  return { port, url: (app) => `http://127.0.0.1:${port}/${app}`, set: (b) => void (live = [...b]), drop };
}

/** Stop every child process (SIGKILL after a grace period) and remove temporary data. */
export async function stop_all(): Promise<void> {
  for (const group of [[...children].filter((c) => !brokers.has(c)), [...brokers]]) {
    for (const c of group) c.kill("SIGTERM");
    await Promise.race([Promise.all(group.map(exited)), sleep(5000)]);
    for (const c of group) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
    await Promise.all(group.map(exited));
  }
  brokers.clear();
  for (const f of cleanups.splice(0).reverse()) await f();
}

/** Run `fn` until it returns truthy (polling), or throw with `what`. */
export async function until<T>(fn: () => T | Promise<T>, what: string, timeout = 20_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await sleep(20);
  }
}
