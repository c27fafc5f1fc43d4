/**
 * Several Node clients on one shared document edit the same attributes and stream into the
 * same source concurrently, with random delays, while the server streams and reacts. Every
 * replica must end identical to the server's document (server order wins), with no row lost.
 */
import { describe, it, expect, afterAll, beforeAll } from "vitest";
import type { ClientSession } from "@dash/client/node";
import { start, type Running } from "../server/helpers.ts";
import { shared_app, open_clients, board_of, state_of, mulberry32, sleep, settle, warnings } from "./shared_helpers.ts";

const app = shared_app({ stream_ms: 7 });
let r: Running;

beforeAll(async () => {
  r = await start({ board: app });
});
afterAll(async () => {
  await r.close();
});

async function run_seed(seed: number, n_clients: number, ops: number): Promise<void> {
  const session_id = `conv${seed}x${n_clients}`;
  const clients: ClientSession[] = await open_clients(r, "board", session_id, n_clients);
  const server_doc = r.server.dash.managers.get("board")!.get(session_id)!.document;
  const rand = mulberry32(seed);
  const sent_rows = new Set<string>();
  app.control.running = true;
  await Promise.all(
    clients.map(async (c, i) => {
      const b = board_of(c.document);
      for (let k = 0; k < ops; k++) {
        await sleep(Math.floor(rand() * 12));
        const roll = rand();
        if (roll < 0.45) b.slider.value = Math.floor(rand() * 100);
        else if (roll < 0.75) b.text.value = `c${i}-${k}`;
        else {
          const id = `c${i}-${k}`;
          sent_rows.add(id);
          b.log.stream({ who: [id], n: [k] });
        }
      }
    }),
  );
  app.control.running = false;
  await settle(clients, server_doc);
  const expected = state_of(server_doc);
  for (const c of clients) expect(state_of(c.document)).toEqual(expected);
  // No row any client streamed was lost, and none was doubled.
  const who = board_of(server_doc).log.data.who as string[];
  for (const id of sent_rows) expect(who.filter((w) => w === id)).toHaveLength(1);
  expect(board_of(server_doc).slider.value).toBeLessThanOrEqual(90);
  for (const c of clients) c.close();
}

describe("shared documents converge", () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`two clients editing the same attributes end identical to the server (seed ${seed})`, () => run_seed(seed, 2, 30));
  }
  for (const seed of [11, 12, 13]) {
    it(`ten clients editing and streaming concurrently end identical to the server (seed ${seed})`, () => run_seed(seed, 10, 20));
  }
});
