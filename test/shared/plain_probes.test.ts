/**
 * The cost of plain-client convergence under streaming: the server probes a plain client
 * (websocket pings) only for attributes that client could itself write, and at most once
 * per PROBE_INTERVAL_MS, so streaming a read-only source to viewers costs no pings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, Slider, column, type AppModule, type Document } from "@dash/server";
import { start, sleep, type Running } from "../server/helpers.ts";
import { PlainClient } from "./plain_client.ts";

const STREAM_MS = 10;

function streaming_app(move_slider: boolean): AppModule {
  return {
    shared: true,
    default: (doc: Document) => {
      const source = new ColumnDataSource({ name: "feed", data: { x: [] as number[] } });
      const slider = new Slider({ name: "slider", start: 0, end: 1000, value: 0, step: 1 });
      let n = 0;
      doc.add_periodic_callback(() => {
        source.stream({ x: [n++] });
        // Every tenth tick the server may also move the slider, a value the page may write.
        if (move_slider && n % 10 === 0) slider.value = n % 1000;
      }, STREAM_MS);
      doc.add_root(column(slider));
      doc.add_root(source);
    },
  };
}

let r: Running;
beforeAll(async () => {
  r = await start({ feed: streaming_app(false), feed_slider: streaming_app(true) });
});
afterAll(async () => {
  await r.close();
});

async function probes_during(ms: number, slider_moves: boolean): Promise<{ probes: number; batches: number }> {
  const c = await PlainClient.open(r, slider_moves ? "feed_slider" : "feed", "s1");
  let probes = 0;
  c.raw.ws.on("ping", (p: Buffer) => {
    if (p.toString().startsWith("dash-seen:")) probes++;
  });
  const before = c.patches.length;
  await sleep(ms);
  const batches = c.patches.length - before;
  c.close();
  return { probes, batches };
}

describe("plain-client probes", () => {
  it("a viewer of a stream into a source it cannot edit is sent no probes", async () => {
    const m = await probes_during(1000, false);
    expect(m.batches).toBeGreaterThan(20); // the stream reached the client
    expect(m.probes).toBe(0);
  });

  it("a value the viewer can write is still probed, but not once per batch", async () => {
    const m = await probes_during(1000, true);
    expect(m.batches).toBeGreaterThan(20); // the stream reached the client
    // The slider moves every 10th batch: probed, but far fewer pings than batches.
    expect(m.probes).toBeGreaterThan(0);
    expect(m.probes).toBeLessThanOrEqual(Math.ceil(m.batches / 10) + 1);
  });
});
