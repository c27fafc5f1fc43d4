/**
 * Start an example with the real `dash serve` CLI on a free port (no vitest imports: the
 * screenshots script uses it too).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export { CHROMIUM_ARGS } from "../support/chromium.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";

export interface Served {
  /** The app page, e.g. http://127.0.0.1:41234/sliders */
  readonly url: string;
  /** Everything the server printed (stdout and stderr). */
  readonly output: () => string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago. */
export function free_port(): Promise<number> {
  return new Promise((resolve_, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve_(port));
    });
  });
}

/**
 * `node packages/server/bin/dash.js serve examples/<name>.ts --port <free> --address 127.0.0.1`,
 * resolved once it prints its URL. (A free port is picked here rather than with `--port 0`:
 * the default websocket origin is derived from the port flag.)
 */
export async function serve_example(name: string, opts: { env?: Record<string, string>; args?: readonly string[]; directory?: boolean } = {}): Promise<Served> {
  const port = await free_port();
  const target = opts.directory === true ? `examples/${name}` : `examples/${name}.ts`;
  const child: ChildProcess = spawn(
    process.execPath,
    [join(ROOT, "packages/server/bin/dash.js"), "serve", target, "--port", String(port), "--address", "127.0.0.1", "--log-level", "warn",
      // The examples are type-checked by `npm test`'s tsc; the pre-serve check is tested in test/server/cli_parity.
      "--skip-check", ...(opts.args ?? [])],
    { cwd: ROOT, env: { ...process.env, ...opts.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    }
  };
  return new Promise<Served>((resolve_, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`dash serve ${target} did not start within 45 s:\n${out}`));
    }, 45_000);
    const on_data = (chunk: Buffer): void => {
      out += chunk.toString();
      const m = /Dash app running at: (http:\/\/\S+)/.exec(out);
      if (m !== null) {
        clearTimeout(timer);
        resolve_({ url: m[1]!, output: () => out, stop });
      }
    };
    child.stdout!.on("data", on_data);
    child.stderr!.on("data", on_data);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`dash serve ${target} exited with ${code}:\n${out}`));
    });
  });
}

