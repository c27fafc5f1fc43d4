/**
 * Leader failover: three processes host a shared document whose periodic callback
 * streams consecutive integers. Only the leader runs it; when the leader is killed
 * (SIGKILL) another process takes the lock over within a few seconds and the stream
 * carries on from the document: no integer repeated (never two copies running) and
 * none missing, and clients that were on the dead process reconnect elsewhere.
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { Redis } from "ioredis";
import type { ClientSession } from "@dash/client/node";
import type { ColumnDataSource } from "@dash/server";
import { start_balancer, start_dash, start_redis, stop_all, until, type Balancer, type DashProc, type RedisProc } from "./harness.ts";
import { open } from "./clients.ts";

let redis: RedisProc;
let procs: DashProc[] = [];
let lb: Balancer;

beforeAll(async () => {
  redis = await start_redis();
  procs = await Promise.all([0, 1, 2].map(() => start_dash(["ticker"], redis.url)));
  lb = await start_balancer(procs.map((p) => p.port));
}, 60_000);
afterAll(async () => {
  await stop_all();
});

function columns(c: ClientSession): { n: number[]; pid: number[] } {
  const src = c.document.get_model_by_name("src") as ColumnDataSource;
  return { n: Array.from(src.data.n as Float64Array), pid: Array.from(src.data.pid as Float64Array) };
}

async function leader_pid(r: Redis): Promise<number> {
  const token = await r.get("{dash:ticker/shared}:lock");
  return Number(token?.split(":")[1]);
}

describe("leader failover", () => {
  it("one periodic stream keeps running exactly once when the leader is killed", async () => {
    const clients: ClientSession[] = [];
    for (let i = 0; i < 6; i++) clients.push(await open(lb.url("ticker")));
    await until(() => columns(clients[0]!).n.length > 20, "rows streaming");
    const r = new Redis(redis.url);
    try {
      const old = await leader_pid(r);
      const victim = procs.find((p) => p.pid === old)!;
      expect(victim).toBeDefined();
      lb.set(procs.filter((p) => p !== victim).map((p) => p.port));
      await victim.kill("SIGKILL");
      const killed_at = columns(clients[0]!).n.length;
      // Another process takes over and streams on; clients of the dead one reconnect elsewhere.
      await until(() => columns(clients[0]!).pid.some((p) => p !== old), "a new leader streaming", 20_000);
      const now = await leader_pid(r);
      expect(now).not.toBe(old);
      await until(() => columns(clients[0]!).n.length > killed_at + 40, "stream continues after failover");
      await until(() => clients.every((c) => c.connection.connected), "clients reconnected");
      // The stream never stops: compare what every client has up to one point.
      const upto = columns(clients[0]!).n.length;
      await until(() => clients.every((c) => columns(c).n.length >= upto), "every client caught up");
      const cut = (c: ClientSession) => ({ n: columns(c).n.slice(0, upto), pid: columns(c).pid.slice(0, upto) });
      for (const c of clients) expect(cut(c)).toEqual(cut(clients[0]!));
      const { n, pid } = cut(clients[0]!);
      // Consecutive integers: never two copies of the callback, never a gap.
      expect(n).toEqual(n.map((_, i) => i));
      // The old leader's rows, then only the new leader's.
      const first_new = pid.findIndex((p) => p !== old);
      expect(pid.slice(0, first_new).every((p) => p === old)).toBe(true);
      expect(pid.slice(first_new).every((p) => p === now)).toBe(true);
    } finally {
      r.disconnect();
      for (const c of clients) c.close();
    }
  });
});
