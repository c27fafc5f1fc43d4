/**
 * Decompression bombs: base64 `bytes` are checked against the declared ndarray size and
 * inflated with an output bound, so a ~1.3 MB message that gunzips to 1 GiB is refused
 * quickly with a DASH_ERR_* error while other clients keep being served.
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, MsgType, base64_encode, create_message, type AppModule, type Document } from "@dash/server";
import { ided } from "./models.ts";
import { connect, events_of, type Running, start } from "./helpers.ts";

const app: AppModule = {
  // Clients here stream into the source: these tests are about decoding bounds, not the write policy.
  client_writes: "all",
  default: (doc: Document) => {
    const source = new ColumnDataSource(ided("cds", { data: { x: new Float64Array(0) } }));
    doc.add_root(source);
    let t = 0;
    doc.add_periodic_callback(() => source.stream({ x: new Float64Array([t++]) }, 100), 20);
  },
};

/** 1 GiB of zeros as 64 concatenated gzip members of 16 MiB each (valid multi-member gzip, ~1 MB). */
function gigabyte_bomb(): string {
  const member = gzipSync(Buffer.alloc(16 * 1024 * 1024), { level: 9 });
  const all = Buffer.concat(Array.from({ length: 64 }, () => member));
  return base64_encode(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
}

function data_change(data: string, shape: number[] | undefined) {
  const array: Record<string, unknown> = { type: "ndarray", array: { type: "bytes", data }, dtype: "float64", order: "little" };
  if (shape !== undefined) array.shape = shape;
  return create_message(MsgType.PATCH_DOC, {
    events: [{ kind: "ColumnDataChanged", model: { id: "cds" }, attr: "data", data: { type: "map", entries: [["x", array]] } }],
  });
}

describe("decompression bombs", () => {
  let r: Running;
  const bomb = gigabyte_bomb();
  beforeAll(async () => {
    r = await start({ app }, { websocket_max_message_size: 4 * 1024 * 1024 });
  });
  afterAll(() => r.close());

  it("a 1.3 MB message inflating to 1 GiB is refused with DASH_ERR_DECODED_TOO_LARGE; another client's stream goes on; RSS stays put", async () => {
    expect(bomb.length).toBeGreaterThan(1_000_000);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const viewer = await connect(r, "app", "viewer");
    await viewer.pull();
    const attacker = await connect(r, "app", "attacker");
    await attacker.pull();
    global.gc?.();
    const rss0 = process.memoryUsage().rss;

    // Declared as 1 GiB: refused before anything is inflated.
    const declared = await attacker.request(data_change(bomb, [128 * 1024 * 1024]));
    expect(declared.header.msgtype).toBe(MsgType.ERROR);
    expect((declared.content as { text: string }).text).toContain("DASH_ERR_DECODED_TOO_LARGE");
    // Declared small (or not at all), inflating to 1 GiB: inflating stops at the bound.
    for (const shape of [[10], undefined]) {
      const lying = await attacker.request(data_change(bomb, shape));
      expect(lying.header.msgtype).toBe(MsgType.ERROR);
      expect((lying.content as { text: string }).text).toContain("DASH_ERR_DECODED_TOO_LARGE");
    }
    const rss1 = process.memoryUsage().rss;
    // Inflating even once would add 1 GiB; allow ordinary noise (message buffers, test strings).
    expect(rss1 - rss0).toBeLessThan(256 * 1024 * 1024);

    const session = r.server.dash.managers.get("app")!.get("attacker")!;
    expect(session.document.version).toBeGreaterThan(0);
    // The attacker's connection and the viewer's stream both keep working.
    const before = viewer.of(MsgType.PATCH_DOC).length;
    await viewer.until(() => viewer.of(MsgType.PATCH_DOC).length >= before + 3);
    const last = viewer.of(MsgType.PATCH_DOC).at(-1)!;
    expect(events_of(last)[0]!.kind).toBe("ColumnsStreamed");
    const small = await attacker.request(data_change(base64_encode(new Uint8Array(new Float64Array([1, 2, 3]).buffer)), [3]));
    expect(small.header.msgtype).toBe(MsgType.OK);
    viewer.close();
    attacker.close();
  });

  it("a stated size above --max-decoded-size is refused even when the message is small", async () => {
    const r2 = await start({ app }, { max_decoded_size: 1024 });
    try {
      const c = await connect(r2, "app");
      await c.pull();
      const x = new Float64Array(1000); // 8000 bytes, gzips to a few dozen
      const ok = await c.request(data_change(base64_encode(new Uint8Array(new Float64Array(100).buffer)), [100]));
      expect(ok.header.msgtype).toBe(MsgType.OK);
      const big = await c.request(data_change(base64_encode(gzipSync(new Uint8Array(x.buffer))), [1000]));
      expect((big.content as { text: string }).text).toContain("DASH_ERR_DECODED_TOO_LARGE");
      c.close();
    } finally {
      await r2.close();
    }
  });
});
