/** Test-file fixtures over the multi-process harness (vitest only; the benchmarks use the harness directly). */
import { afterAll, beforeAll } from "vitest";
import { start_redis, stop_all, type RedisProc } from "./harness.ts";

/**
 * For one test file: a redis-server started before its tests, and every process the file
 * started stopped after them. `url` is read inside tests.
 */
export function use_redis(opts: { appendonly?: boolean } = {}): { readonly url: string; readonly proc: RedisProc } {
  let proc: RedisProc | null = null;
  beforeAll(async () => {
    proc = await start_redis(opts);
  }, 30_000);
  afterAll(async () => {
    await stop_all();
  });
  const running = (): RedisProc => {
    if (proc === null) throw new Error("redis is not running");
    return proc;
  };
  return { get url() { return running().url; }, get proc() { return running(); } };
}
