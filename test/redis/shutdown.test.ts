/**
 * Graceful shutdown has a deadline: with --redis, when Redis has gone away, SIGTERM used
 * to wait forever; now the process exits (non-zero, with a log line) at --shutdown-timeout.
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { start_redis, stop_all, until } from "./harness.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DASH = join(ROOT, "packages/server/bin/dash.js");

afterAll(() => stop_all());

describe("shutdown deadline", () => {
  it("dash serve --redis whose redis-server was killed exits after SIGTERM within --shutdown-timeout, non-zero, saying why", async () => {
    const redis = await start_redis();
    const app = join(ROOT, "test/redis/apps/per_session.ts");
    const child = spawn(process.execPath, [DASH, "serve", app, "--port", "0", "--redis", redis.url, "--shutdown-timeout", "1500"], {
      cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DASH_REDIS_URL: "" },
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.on("exit", (code, signal) => ok({ code, signal })));
    try {
      const url = (await until(() => /running at: (http:\S+)/.exec(out)?.[1], `dash serve started: ${out}`, 60_000))!;
      // A session whose document lives in Redis, then Redis goes away.
      expect((await fetch(url)).status).toBe(200);
      await redis.stop();
      child.kill("SIGTERM");
      // Without the deadline the process stays up; the test's own timeout would end it.
      const { code } = await exited;
      expect(code).not.toBe(0);
      expect(out).toMatch(/shutdown did not finish within 1500 ms/);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
  }, 120_000);
});
