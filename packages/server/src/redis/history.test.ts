import { describe, it, expect } from "vitest";
import type { LogEntry } from "./entries.ts";
import { history_until, subset_of } from "./history.ts";

type BatchEntry = Extract<LogEntry, { kind: "batch" }>;

function batch(version: number, origins: Array<string | null> = [null]): BatchEntry {
  const events = origins.map((o, i) => ({ kind: "ModelChanged", model: { id: "k" }, attr: "value", new: `${version}:${i}:${o}` }));
  return { kind: "batch", version, cmd: "0-0", content: JSON.stringify({ events }), origins, acks: [], buffers: new Map([["b1", new Uint8Array([1, 2])]]) };
}

describe("resume history read back from the Redis log", () => {
  it("keeps the consecutive run of batches ending at the snapshot's version, oldest first", () => {
    const newest_first = [batch(9), batch(8), batch(7), batch(5), batch(4)];
    expect(history_until(newest_first, 8).map((b) => b.version)).toEqual([7, 8]);
    expect(history_until(newest_first, 9).map((b) => b.version)).toEqual([7, 8, 9]);
    expect(history_until(newest_first, 6)).toEqual([]);
  });

  it("a batch carries its version and buffers; the client whose events are in it gets only the others", () => {
    const e = batch(3, ["alice", null, "bob", "alice"]);
    const [logged] = history_until([e], 3);
    expect(JSON.parse(logged!.full.metadata_json)).toEqual({ version: 3 });
    expect(logged!.full.num_buffers).toBe(1);
    expect([...logged!.origins].sort()).toEqual(["alice", "bob"]);
    const for_alice = logged!.subset("alice")!;
    expect((JSON.parse(for_alice.content_json) as { events: Array<{ new: string }> }).events.map((x) => x.new)).toEqual(["3:1:null", "3:2:bob"]);
    expect(JSON.parse(for_alice.metadata_json)).toEqual({ version: 3 });
    expect(subset_of(batch(4, ["carol"]), "carol")).toBeNull();
  });
});
