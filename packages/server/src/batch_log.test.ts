import { describe, it, expect } from "vitest";
import { BatchLog, type LoggedBatch } from "./batch_log.ts";

function entry(version: number, bytes = 10): LoggedBatch {
  return { version, subset: () => null, origins: new Set(), bytes, full: { msgtype: "PATCH-DOC", metadata_json: "{}", content_json: "{}", buffer_frames: [], num_buffers: 0 } as unknown as LoggedBatch["full"] };
}

describe("BatchLog", () => {
  it("returns the batches after a version while it still reaches back", () => {
    const log = new BatchLog({ max_batches: 3, max_bytes: 1e9 });
    for (let v = 1; v <= 5; v++) log.add(entry(v));
    expect(log.since(2, 5)!.map((e) => e.version)).toEqual([3, 4, 5]);
    expect(log.since(5, 5)).toEqual([]);
    expect(log.since(1, 5)).toBeNull();
  });

  it("is bounded by bytes as well as by count", () => {
    const log = new BatchLog({ max_batches: 100, max_bytes: 25 });
    for (let v = 1; v <= 10; v++) log.add(entry(v, 10));
    expect(log.size).toBe(2);
    expect(log.bytes).toBe(20);
    expect(log.oldest).toBe(9);
  });

  it("refuses versions from the future (another document incarnation)", () => {
    const log = new BatchLog({ max_batches: 3, max_bytes: 1e9 });
    log.add(entry(1));
    expect(log.since(7, 1)).toBeNull();
  });
});
