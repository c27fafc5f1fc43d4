/**
 * Any process serves any session under --redis: a per-session document created by one
 * process's page is joined by `?bokeh-session-id=` on another, edited from both, and survives
 * the creating process being killed with SIGKILL: its clients resume on the other process
 * with no acknowledged edit lost (and none doubled).
 */
import { describe, it, expect } from "vitest";
import { Redis } from "ioredis";
import type { ClientSession } from "@dash/client/node";
import { board_of, mulberry32, state_of } from "../shared/shared_helpers.ts";
import { sleep, start_balancer, start_dash, until } from "./harness.ts";
import { use_redis } from "./fixture.ts";
import { open, settle } from "./clients.ts";

const redis = use_redis({ appendonly: true });

const token_session = (html: string): string => {
  const token = /"token":"([^"]+)"/.exec(html)![1]!;
  return (JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString("utf8")) as { session_id: string }).session_id;
};
const title_of = (html: string): string => /<title>([^<]*)<\/title>/.exec(html)![1]!;

/** Rows streamed by the clients, each once; the slider and text edited concurrently too. */
async function edit(clients: readonly ClientSession[], seed: number, ops: number, tag: string): Promise<Set<string>> {
  const rand = mulberry32(seed);
  const rows = new Set<string>();
  await Promise.all(clients.map(async (c, i) => {
    for (let k = 0; k < ops; k++) {
      await sleep(Math.floor(rand() * 10));
      const b = board_of(c.document);
      const roll = rand();
      if (roll < 0.4) b.slider.value = Math.floor(rand() * 100);
      else if (roll < 0.6) b.text.value = `${tag}${i}-${k}`;
      else {
        const id = `${tag}-c${i}-${k}`;
        rows.add(id);
        b.log.stream({ who: [id], n: [k] });
      }
    }
  }));
  return rows;
}

function check(clients: readonly ClientSession[], rows: ReadonlySet<string>): void {
  const expected = state_of(clients[0]!.document);
  for (const c of clients) expect(state_of(c.document)).toEqual(expected);
  const who = board_of(clients[0]!.document).log.data.who as string[];
  const count = new Map<string, number>();
  for (const w of who) count.set(w, (count.get(w) ?? 0) + 1);
  const lost = [...rows].filter((id) => !count.has(id));
  const doubled = [...count].filter(([, n]) => n > 1).map(([id]) => id);
  expect({ lost, doubled }).toEqual({ lost: [], doubled: [] });
}

// Processes start slowly on a shared 2-core machine: generous timeouts (nothing here measures time).
describe("any process serves any session", { timeout: 180_000 }, () => {
  it("?bokeh-session-id= on two processes joins one document; concurrent edits from both end identical", async () => {
    const [a, b] = await Promise.all([start_dash(["session_board"], redis.url), start_dash(["session_board"], redis.url)]);
    const page_a = await (await fetch(a.url("session_board"))).text();
    const id = token_session(page_a);
    const page_b = await (await fetch(`${b.url("session_board")}?bokeh-session-id=${id}`)).text();
    expect(token_session(page_b)).toBe(id);
    expect(title_of(page_b)).toBe(title_of(page_a)); // the same document, not one built again on b
    const clients = [await open(a.url("session_board"), id), await open(b.url("session_board"), id), await open(a.url("session_board"), id), await open(b.url("session_board"), id)];
    const rows = await edit(clients, 5, 30, "join");
    await settle(clients, 30_000);
    check(clients, rows);
    expect(clients[1]!.document.title).toBe(title_of(page_a));
    for (const c of clients) c.close();
    await Promise.all([a.kill(), b.kill()]);
  });

  it("the process that created a per-session document killed with SIGKILL: clients resume on the other, no acknowledged edit lost", async () => {
    const [a, b] = await Promise.all([start_dash(["session_board"], redis.url), start_dash(["session_board"], redis.url)]);
    const lb = await start_balancer([a.port, b.port]);
    const page = await (await fetch(a.url("session_board"))).text(); // created on a
    const id = token_session(page);
    const clients: ClientSession[] = [];
    for (let i = 0; i < 4; i++) clients.push(await open(lb.url("session_board"), id)); // two on each process
    const r = new Redis(redis.url);
    const keys = await r.keys(`*${id}*lock*`);
    const holder = keys.length === 1 ? await r.get(keys[0]!) : null;
    r.disconnect();
    expect(holder?.split(":")[1]).toBe(String(a.pid)); // a leads the document it created
    let running = true;
    const acked = new Set<string>();
    const loops = clients.map(async (c, i) => {
      for (let k = 0; running; k++) {
        const b = board_of(c.document);
        const id = `kill-c${i}-${k}`;
        b.log.stream({ who: [id], n: [k] });
        acked.add(id);
        if (k % 4 === 0) b.slider.value = (k * 7 + i) % 100;
        await sleep(12);
      }
    });
    await sleep(400);
    lb.set([b.port]);
    await a.kill("SIGKILL");
    await sleep(600);
    await until(() => clients.every((c) => c.connection.connected), "clients reconnected", 30_000);
    await sleep(300);
    running = false;
    await Promise.all(loops);
    await settle(clients, 30_000);
    check(clients, acked);
    expect(clients[0]!.document.title).toBe(title_of(page));
    for (const c of clients) c.close();
    await b.kill();
  });
});
