/**
 * Resuming on another process: a client that saw version v on process A reconnects to
 * process B, which starts hosting the document only then (from a snapshot newer than v).
 * B reads the batches before its snapshot back from the Redis log, so the client gets
 * only what it missed, not a whole document.
 */
import { describe, it, expect } from "vitest";
import { Redis } from "ioredis";
import { Document, Slider, type Div } from "@dash/server";
import { push_session } from "@dash/client/node";
import { board_of, state_of } from "../shared/shared_helpers.ts";
import { start_balancer, start_dash, until } from "./harness.ts";
import { use_redis } from "./fixture.ts";
import { open, settle } from "./clients.ts";

const redis = use_redis();

describe("resume across processes", { timeout: 180_000 }, () => {
  it("a client resumes on a process that began hosting the document after it disconnected", async () => {
    const [a, b] = await Promise.all([start_dash(["board"], redis.url), start_dash(["board"], redis.url)]);
    const lb = await start_balancer([a.port]);
    const roaming = await open(lb.url("board"));
    const local = await open(a.url("board"));
    board_of(local.document).log.stream({ who: ["before"], n: [0] });
    board_of(roaming.document).log.stream({ who: ["mine"], n: [1] });
    const seen = await settle([roaming, local]);

    lb.set([]); // reconnects are refused until we point the balancer at b
    lb.drop();
    await until(() => !roaming.connection.connected || undefined, "the roaming client notices the drop");
    for (let i = 0; i < 5; i++) {
      board_of(local.document).log.stream({ who: [`missed${i}`], n: [i] });
      await settle([local]); // one batch each
    }
    const latest = local.version!;
    expect(latest).toBe(seen + 5);
    const r = new Redis(redis.url);
    const snapshot_version = async (): Promise<number> => Number((await r.hget("{dash:board/shared}:snap", "v")) ?? -1);
    // b will load a snapshot taken after the version the roaming client has
    await until(async () => (await snapshot_version()) > seen || undefined, "a snapshot newer than the client's version", 10_000);
    r.disconnect();

    lb.set([b.port]);
    await until(() => (roaming.connection.connected && roaming.connection.idle) || undefined, "the roaming client reconnects to b");
    await settle([roaming, local]);
    expect(roaming.connection.last_sync).toEqual({ kind: "resumed", missed: 5 });
    expect(state_of(roaming.document)).toEqual(state_of(local.document));
    const who = board_of(roaming.document).log.data.who as string[];
    expect(who.filter((w) => w === "mine")).toHaveLength(1);
    expect(who.filter((w) => w.startsWith("missed"))).toEqual(["missed0", "missed1", "missed2", "missed3", "missed4"]);

    // and it keeps editing from b
    board_of(roaming.document).log.stream({ who: ["from b"], n: [9] });
    await until(() => (board_of(local.document).log.data.who as string[]).includes("from b") || undefined, "an edit on b reaches a");
    roaming.close();
    local.close();
    await Promise.all([a.kill(), b.kill()]);
  });
});

describe("viewers across processes", { timeout: 180_000 }, () => {
  it("every process shows the document's viewer count; the leader runs the hooks for joins and leaves anywhere, and for a killed process's viewers", async () => {
    const a = await start_dash(["viewers"], redis.url);
    const b = await start_dash(["viewers"], redis.url);
    const on_a = await open(a.url("viewers")); // a creates the document: it leads
    const on_b = [await open(b.url("viewers")), await open(b.url("viewers"))];
    const all = [on_a, ...on_b];
    const hooks = (): string => (on_a.document.get_model_by_name("hooks") as Div).text;
    await until(() => all.every((c) => c.connection.viewers === 3) || undefined, "three viewers everywhere");
    await until(() => hooks() === "joins 3 leaves 0 count 3" || undefined, "the leader ran a join hook per viewer");

    on_b[0]!.close();
    await until(() => (on_a.connection.viewers === 2 && on_b[1]!.connection.viewers === 2) || undefined, "two viewers everywhere");
    await until(() => hooks() === "joins 3 leaves 1 count 2" || undefined, "the leave on b ran the hook on a");

    await b.kill("SIGKILL");
    on_b[1]!.close();
    await until(() => on_a.connection.viewers === 1 || undefined, "the killed process's viewer leaves the count", 20_000);
    await until(() => hooks() === "joins 3 leaves 2 count 1" || undefined, "and its hook runs");
    on_a.close();
    await a.kill();
  });
});

describe("PUSH-DOC on a follower", { timeout: 180_000 }, () => {
  it("is ordered by the leader like any patch: every process and client gets the pushed document", async () => {
    const flush = new Redis(redis.url);
    await flush.flushall(); // a fresh board document
    flush.disconnect();
    const [a, b] = [await start_dash(["board"], redis.url), await start_dash(["board"], redis.url)];
    const on_a = await open(a.url("board")); // a creates the document and leads it
    const on_b = await open(b.url("board")); // b follows
    const pushed = new Document();
    pushed.title = "pushed from b";
    pushed.add_root(new Slider({ name: "pushed", start: 0, end: 5, value: 4 }));
    const pusher = await push_session(pushed, { url: b.url("board"), session_id: "shared" });
    for (const c of [on_a, on_b]) {
      await until(() => (c.document.title === "pushed from b" && c.document.get_model_by_name("pushed") !== null) || undefined, "the pushed document everywhere");
      expect(c.document.get_model_by_name("slider")).toBeNull(); // the board's roots were replaced
      expect((c.document.get_model_by_name("pushed") as Slider).value).toBe(4);
    }
    (pusher.document.get_model_by_name("pushed") as Slider).value = 2; // and the pusher keeps editing it
    await until(() => (on_a.document.get_model_by_name("pushed") as Slider).value === 2 || undefined, "the pusher's edit on the leader's clients");
    for (const c of [pusher, on_a, on_b]) c.close();
    await Promise.all([a.kill(), b.kill()]);
  });
});
