/**
 * Plain Bokeh-protocol clients (no Dash metadata) on one shared document: when one's edit of
 * an attribute crosses another's on the wire, the server corrects the loser so every replica
 * ends equal to the server's; an edit nobody contends is never sent back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type Running } from "../server/helpers.ts";
import { mulberry32, shared_app, sleep } from "./shared_helpers.ts";
import { PlainClient } from "./plain_client.ts";
import type { ServerSession } from "@dash/server";
import { pull_session } from "@dash/client/node";

const app = shared_app();
let r: Running;

beforeAll(async () => {
  r = await start({ board: app });
});
afterAll(async () => {
  await r.close();
});

const session_of = (id: string): ServerSession => r.server.dash.managers.get("board")!.get(id)!;

function corrections(s: ServerSession): number {
  let n = 0;
  for (const c of s.connection_list) n += s.peer_of(c)?.plain?.corrections ?? 0;
  return n;
}

/** Until no correction is pending and no client has heard anything for a while. */
async function quiet(s: ServerSession, clients: readonly PlainClient[]): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const idle = s.connection_list.every((c) => s.peer_of(c)?.plain?.idle !== false);
    if (idle && s.document.pending.length === 0 && clients.every((c) => Date.now() - c.last_message > 400)) return;
    if (Date.now() > deadline) throw new Error("clients never went quiet");
    await sleep(50);
  }
}

describe("plain clients converge", () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`two plain clients setting one attribute concurrently for 40 rounds end equal to the server (seed ${seed})`, async () => {
      const id = `plain${seed}`;
      const a = await PlainClient.open(r, "board", id);
      const b = await PlainClient.open(r, "board", id);
      const s = session_of(id);
      const rand = mulberry32(seed);
      for (let round = 0; round < 40; round++) {
        const va = (2 * round) % 90, vb = (2 * round + 1) % 90;
        const first = rand() < 0.5 ? a : b;
        const second = first === a ? b : a;
        first.set("slider", "value", first === a ? va : vb);
        // The last round always crosses on the wire: both replicas would end on the other's value.
        if (round < 39 && rand() < 0.5) await sleep(Math.floor(rand() * 3));
        second.set("slider", "value", second === a ? va : vb);
        await sleep(Math.floor(rand() * 8));
      }
      await quiet(s, [a, b]);
      const server = (s.document.get_model_by_name("slider") as unknown as { value: number }).value;
      expect(a.get("slider", "value")).toBe(server);
      expect(b.get("slider", "value")).toBe(server);
      a.close();
      b.close();
    });
  }

  it("two edits sent at the same moment: the one the server orders first is corrected to the server's value", async () => {
    const a = await PlainClient.open(r, "board", "plain_cross");
    const b = await PlainClient.open(r, "board", "plain_cross");
    const s = session_of("plain_cross");
    a.set("slider", "value", 11);
    b.set("slider", "value", 12);
    await quiet(s, [a, b]);
    const server = (s.document.get_model_by_name("slider") as unknown as { value: number }).value;
    expect([11, 12]).toContain(server);
    expect(a.get("slider", "value")).toBe(server);
    expect(b.get("slider", "value")).toBe(server);
    // Exactly one side crossed the other's edit and was corrected.
    expect(corrections(s)).toBe(1);
    const corrected = [a, b].filter((c) => c.patches.some((m) => m.metadata.correction === true));
    expect(corrected).toHaveLength(1);
    a.close();
    b.close();
  });

  it("a plain client beside a Dash client: concurrent edits of one attribute end equal everywhere", async () => {
    const id = "plain_dash";
    const a = await PlainClient.open(r, "board", id);
    const d = await pull_session({ url: r.url("board"), session_id: id });
    const s = session_of(id);
    const rand = mulberry32(99);
    const slider = d.document.get_model_by_name("slider") as unknown as { value: number };
    for (let round = 0; round < 40; round++) {
      a.set("slider", "value", (2 * round) % 90);
      if (round < 39 && rand() < 0.5) await sleep(Math.floor(rand() * 3));
      slider.value = (2 * round + 1) % 90;
      await sleep(Math.floor(rand() * 8));
    }
    await quiet(s, [a]);
    const deadline = Date.now() + 10_000;
    while (!(d.connection.idle && d.version === s.document.version) && Date.now() < deadline) await sleep(20);
    const server = (s.document.get_model_by_name("slider") as unknown as { value: number }).value;
    expect(a.get("slider", "value")).toBe(server);
    expect(slider.value).toBe(server);
    a.close();
    d.close();
  });

  it("with no concurrent edit a plain client never hears its own edits back, even after another client set the same attribute earlier", async () => {
    const a = await PlainClient.open(r, "board", "plain_drag");
    const b = await PlainClient.open(r, "board", "plain_drag");
    const s = session_of("plain_drag");
    b.set("slider", "value", 5);
    await a.raw.until(() => a.get("slider", "value") === 5);
    await sleep(600); // a has long seen b's edit
    const before = a.patches.length;
    for (let v = 10; v <= 60; v += 2) {
      a.set("slider", "value", v); // a drag: one edit per frame
      await sleep(16);
    }
    await quiet(s, [a, b]);
    expect(a.patches.length).toBe(before);
    expect(a.get("slider", "value")).toBe(60);
    expect(b.get("slider", "value")).toBe(60);
    expect(corrections(s)).toBe(0);
    a.close();
    b.close();
  });
});
