import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CORRECTION_SETTLE_MS, PROBE_INTERVAL_MS, PlainSync, SEEN_GRACE_MS, TITLE_KEY, keys_of_patch, split_key } from "./plain_sync.ts";

function setup(): { sync: PlainSync; pings: string[]; corrected: string[][] } {
  const pings: string[] = [];
  const corrected: string[][] = [];
  const sync = new PlainSync({ probe: (p) => pings.push(p) }, (keys) => corrected.push([...keys]));
  return { sync, pings, corrected };
}

describe("PlainSync", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("an edit of a key sent to the client and not yet seen is corrected once the client stops changing it", () => {
    const { sync, pings, corrected } = setup();
    sync.sent(["m1\u0000value"]);
    expect(pings).toEqual(["dash-seen:1"]);
    sync.applied(new Set(["m1\u0000value"]));
    vi.advanceTimersByTime(CORRECTION_SETTLE_MS - 10);
    sync.applied(new Set(["m1\u0000value"])); // still dragging: the correction waits
    vi.advanceTimersByTime(CORRECTION_SETTLE_MS - 10);
    expect(corrected).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(corrected).toEqual([["m1\u0000value"]]);
    expect(sync.idle).toBe(true);
  });

  it("a key the client has seen (pong plus grace) is never echoed; other keys are not either", () => {
    const { sync, pings, corrected } = setup();
    sync.sent(["m1\u0000value"]);
    sync.pong("unrelated keep-alive");
    sync.pong(pings[0]!);
    vi.advanceTimersByTime(SEEN_GRACE_MS + 1);
    sync.applied(new Set(["m1\u0000value", "m2\u0000value"]));
    vi.advanceTimersByTime(1000);
    expect(corrected).toEqual([]);
  });

  it("one ping at a time: keys sent while a ping is out are probed after its pong", () => {
    const { sync, pings } = setup();
    sync.sent(["a\u0000x"]);
    sync.sent(["b\u0000x"]);
    expect(pings).toEqual(["dash-seen:1"]);
    sync.pong("dash-seen:1");
    vi.advanceTimersByTime(PROBE_INTERVAL_MS);
    expect(pings).toEqual(["dash-seen:1", "dash-seen:2"]);
  });

  it("a fast stream of batches costs one ping per interval, not one per batch", () => {
    const { sync, pings } = setup();
    for (let i = 0; i < 100; i++) {
      sync.sent([`m\u0000v${i}`]);
      if (pings.length > 0) sync.pong(pings[pings.length - 1]!); // an instant round trip, as on localhost
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(PROBE_INTERVAL_MS);
    // 1 s of batches every 10 ms: about 1000 / 50 pings, and the last keys are still probed.
    expect(pings.length).toBeGreaterThanOrEqual(19);
    expect(pings.length).toBeLessThanOrEqual(22);
    expect(pings[pings.length - 1]).toBe("dash-seen:100");
  });

  it("close cancels a probe waiting for its interval", () => {
    const { sync, pings } = setup();
    sync.sent(["a\u0000x"]);
    sync.pong("dash-seen:1");
    sync.sent(["b\u0000x"]);
    sync.close();
    vi.advanceTimersByTime(PROBE_INTERVAL_MS * 2);
    expect(pings).toEqual(["dash-seen:1"]);
  });

  it("reads the keys a patch sets from its JSON", () => {
    const keys = keys_of_patch({ events: [
      { kind: "ModelChanged", model: { id: "p1" }, attr: "value", new: 3 },
      { kind: "TitleChanged", title: "t" },
      { kind: "ColumnsStreamed", model: { id: "s1" }, attr: "data", data: {} },
      { kind: "MessageSent", msg_type: "bokeh_event", msg_data: {} },
      null,
      { kind: "ModelChanged", model: null, attr: "x" },
    ] });
    expect([...keys].sort()).toEqual(["p1\u0000value", "s1\u0000data", TITLE_KEY].sort());
    expect(split_key("p1\u0000value")).toEqual({ model_id: "p1", attr: "value" });
    expect(split_key(TITLE_KEY)).toBe("title");
    expect(keys_of_patch("nonsense").size).toBe(0);
  });
});
