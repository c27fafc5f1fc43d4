/**
 * Seeded, bounded fuzz against a live server: bad clients send garbage frames, random
 * messages, PULL-DOC-REQs and mutated PATCH-DOCs (test/support/fuzz.ts) from several
 * connections, reconnecting whenever the server closes them, while a well-behaved client
 * streams. The server stays up, the good client stays connected and keeps receiving, and
 * the bad input really reached the server (connections closed with DASH_ERR codes, ERROR replies).
 * The long version with figures is `npm run bench -- fuzz`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgType } from "@dash/protocol";
import type { AppModule } from "@dash/server";
import { run_fuzz } from "../support/fuzz.ts";
import fuzz_target from "../../bench/server/apps/fuzz_target.ts";
import { connect, start, type Running } from "./helpers.ts";

// The bench's fuzz target (a source with id "src", the id the fuzzer's patches name, streamed every 20 ms).
const streaming: AppModule = { default: fuzz_target };

describe("fuzz", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ streaming }, { log_level: "error" });
  });
  afterAll(() => r.close());

  it("hostile clients on several connections do not take the server down or starve a streaming client", async () => {
    const good = await connect(r, "streaming", "good");
    await good.pull();
    const patches = () => good.of(MsgType.PATCH_DOC).length;
    await good.until(() => patches() >= 3 || undefined);
    const before = patches();

    let k = 0;
    const res = await run_fuzz({
      url: r.ws_url("streaming"),
      token: () => r.token(`bad${k++ % 3}`),
      ids: ["src"],
      seed: 17,
      clients: 4,
      messages: 1500,
      burst: 60,
    });

    expect(res.sent).toBe(1500);
    // the input reached the server: framing errors closed connections, well-framed bad messages got ERRORs
    const codes = [...res.closes.keys()].join(" ");
    expect(codes).toMatch(/DASH_ERR_PROTOCOL_/);
    expect(res.error_replies).toBeGreaterThan(0);

    expect(good.closed).toBeNull();
    expect(good.protocol_error).toBeNull();
    expect(patches()).toBeGreaterThan(before);
    const during = patches();
    await good.until(() => patches() >= during + 5 || undefined);

    // still serving: a new visitor pulls a fresh document
    const fresh = await connect(r, "streaming");
    const reply = await fresh.pull();
    expect(reply.header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    fresh.close();
    good.close();
  }, 120_000);
});
