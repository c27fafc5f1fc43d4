/**
 * One shared document across three `dash serve --redis` processes. First, clients on
 * every process edit the same attributes and stream rows concurrently: every replica ends
 * identical (the leader's order, with its reactions). Then faults: the leader process killed with SIGKILL mid-edit, and Redis restarting
 * (append-only file, fsync always) mid-edit. Clients keep editing throughout; those of a
 * dead process reconnect to another through the balancer. In the end every replica is
 * identical and every row any client streamed is there exactly once (acknowledged edits
 * are in the log; unacknowledged ones are resent and never applied twice).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { Redis } from "ioredis";
import type { ClientSession } from "@dash/client/node";
import { board_of, state_of, mulberry32 } from "../shared/shared_helpers.ts";
import { sleep, start_balancer, start_dash, start_redis, stop_all, until, type Balancer, type DashProc, type RedisProc } from "./harness.ts";
import { open, settle, warnings } from "./clients.ts";

let redis: RedisProc;
let procs: DashProc[] = [];
let lb: Balancer;

beforeAll(async () => {
  redis = await start_redis({ appendonly: true });
  procs = await Promise.all([0, 1, 2].map(() => start_dash(["board"], redis.url)));
  lb = await start_balancer(procs.map((p) => p.port));
}, 60_000);
afterAll(async () => {
  await stop_all();
});

async function edit(clients: readonly ClientSession[], seed: number, ops: number): Promise<Set<string>> {
  const rand = mulberry32(seed);
  const rows = new Set<string>();
  await Promise.all(
    clients.map(async (c, i) => {
      const b = board_of(c.document);
      for (let k = 0; k < ops; k++) {
        await sleep(Math.floor(rand() * 10));
        const roll = rand();
        if (roll < 0.4) b.slider.value = Math.floor(rand() * 100);
        else if (roll < 0.7) b.text.value = `c${i}-${k}`;
        else {
          const id = `s${seed}c${i}-${k}`;
          rows.add(id);
          b.log.stream({ who: [id], n: [k] });
        }
      }
    }),
  );
  return rows;
}

/** Clients edit until `stop` is set; returns the ids of every row they streamed. */
function editing(clients: readonly ClientSession[], tag: string): { stop(): Promise<Set<string>> } {
  const rows = new Set<string>();
  let running = true;
  const loops = clients.map(async (c, i) => {
    for (let k = 0; running; k++) {
      const b = board_of(c.document);
      if (k % 3 === 0) b.slider.value = (k * 7 + i) % 100;
      const id = `${tag}-c${i}-${k}`;
      rows.add(id);
      b.log.stream({ who: [id], n: [k] });
      await sleep(12);
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
      return rows;
    },
  };
}

async function check(clients: readonly ClientSession[], rows: ReadonlySet<string>): Promise<void> {
  await settle(clients, 30_000);
  const expected = state_of(clients[0]!.document);
  for (const c of clients) expect(state_of(c.document)).toEqual(expected);
  const who = board_of(clients[0]!.document).log.data.who as string[];
  const count = new Map<string, number>();
  for (const w of who) count.set(w, (count.get(w) ?? 0) + 1);
  const lost = [...rows].filter((id) => !count.has(id));
  const doubled = [...count].filter(([, n]) => n > 1).map(([id]) => id);
  expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
}

describe("one shared document across three processes", () => {
  it("clients on every process editing concurrently end identical, no row lost or doubled", async () => {
    const clients: ClientSession[] = [];
    for (let i = 0; i < 9; i++) clients.push(await open(procs[i % 3]!.url("board")));
    const rows = await edit(clients, 7, 25);
    await settle(clients);
    const expected = state_of(clients[0]!.document);
    for (const c of clients) expect(state_of(c.document)).toEqual(expected);
    const who = board_of(clients[0]!.document).log.data.who as string[];
    for (const id of rows) expect(who.filter((w) => w === id)).toHaveLength(1);
    expect(board_of(clients[0]!.document).slider.value).toBeLessThanOrEqual(90);
    // A late joiner on any process gets the same document.
    const late = await open(procs[1]!.url("board"));
    await settle([...clients, late]);
    expect(state_of(late.document)).toEqual(expected);
    for (const c of [...clients, late]) c.close();
    // Followers' clients' patches went to the leader through the command stream; batches through the log.
    const r = new Redis(redis.url);
    try {
      expect(await r.xlen("{dash:board/shared}:cmd")).toBeGreaterThan(0);
      expect(await r.xlen("{dash:board/shared}:log")).toBeGreaterThan(0);
    } finally {
      r.disconnect();
    }
    for (const p of procs) expect(p.output.join("")).not.toMatch(/"level":(50|60)/);
    expect(warnings.filter((w) => w.includes("discarded"))).toEqual([]);
  });

  it("the leader killed with SIGKILL: its clients reconnect elsewhere, no edit lost or doubled", async () => {
    const clients: ClientSession[] = [];
    for (let i = 0; i < 6; i++) clients.push(await open(lb.url("board")));
    const e = editing(clients, "kill");
    await sleep(400);
    const r = new Redis(redis.url);
    const pid = Number((await r.get("{dash:board/shared}:lock"))?.split(":")[1]);
    r.disconnect();
    const victim = procs.find((p) => p.pid === pid)!;
    expect(victim).toBeDefined();
    procs = procs.filter((p) => p !== victim);
    lb.set(procs.map((p) => p.port));
    await victim.kill("SIGKILL");
    await sleep(600);
    await until(() => clients.every((c) => c.connection.connected), "clients reconnected", 20_000);
    await sleep(300);
    const rows = await e.stop();
    await check(clients, rows);
    for (const c of clients) c.close();
  });

  it("Redis restarting mid-edit: processes keep their clients, resynchronise, and lose nothing", async () => {
    const clients: ClientSession[] = [];
    for (let i = 0; i < 4; i++) clients.push(await open(lb.url("board")));
    const e = editing(clients, "restart");
    await sleep(300);
    await redis.restart({ kill: true, down_ms: 500 });
    await sleep(800);
    const rows = await e.stop();
    await check(clients, rows);
    // Nobody was disconnected by the outage.
    for (const c of clients) expect(c.connection.connected).toBe(true);
    for (const c of clients) c.close();
  });
});
