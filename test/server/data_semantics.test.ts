/**
 * Bokeh's data semantics over the wire: in-place edits of `source.data` on the server reach
 * other clients, and a client that did not opt in to binary pull replies reads the whole
 * document from text frames (as Bokeh 3.6's Python client and BokehJS < 3.10 do).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ColumnDataSource, Document, MsgType, create_message, encode_message, type AppModule } from "@dash/server";
import { make_token, pull_session } from "@dash/client/node";
import { Knob, ided } from "./models.ts";
import { connect, sleep, start, type Running } from "./helpers.ts";

const app: AppModule = {
  // Test-only models edited by raw clients: these tests are about data semantics, not the write policy.
  client_writes: "all",
  default: (doc) => {
    const k = new Knob(ided("k", { value: 0 }));
    const src = new ColumnDataSource(ided("src", { data: { x: new Float64Array([1, 2, 3]), y: new Float64Array([4, 5, 6]), name: ["a", "b", "c"] } }));
    k.on_change("value", (_a, _o, v) => {
      const n = v as number;
      if (n === 1) src.data.y = new Float64Array([10, 20, 30]); // Bokeh: source.data["y"] = arr
      if (n === 2) Object.assign(src.data, { x: [1, 2, 3, 4], y: [0, 0, 0, 0], name: ["a", "b", "c", "d"] }); // source.data.update(...)
      if (n === 3) delete src.data.name; // del source.data["name"]
    });
    doc.add_root(k);
    doc.add_root(src);
  },
};

async function until(pred: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!pred()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(10);
  }
}

/** A client as Bokeh's Python one reads a pull reply: the text frames only, binary frames ignored. */
async function text_only_pull(url: string, token: string): Promise<{ header: Record<string, unknown>; content: Record<string, unknown>; binary_frames: number }> {
  const ws = new WebSocket(url, ["bokeh", token]);
  const texts: string[] = [];
  let binary_frames = 0;
  ws.on("message", (data: Buffer, binary: boolean) => {
    if (binary) binary_frames++;
    else texts.push(data.toString("utf8"));
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  await until(() => texts.length >= 3); // the ACK
  for (const f of encode_message(create_message(MsgType.PULL_DOC_REQ, {}))) ws.send(f);
  await until(() => texts.slice(3).some((t) => t.includes('"PULL-DOC-REPLY"')) && texts.length >= 6);
  await sleep(100); // any buffer frames that follow
  const i = texts.findIndex((t) => t.includes('"PULL-DOC-REPLY"'));
  ws.close();
  return { header: JSON.parse(texts[i]!), content: JSON.parse(texts[i + 2]!), binary_frames };
}

describe("Bokeh data semantics across clients", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ app });
  });
  afterAll(() => r.close());

  it("in-place edits of source.data on the server reach a second client as ColumnDataChanged", async () => {
    const a = await pull_session(r.url("app"));
    const b = await pull_session({ url: r.url("app"), session_id: a.id });
    const watcher = await connect(r, "app", a.id);
    await watcher.pull();
    const src_b = () => b.document.get_model_by_id("src") as ColumnDataSource;
    const knob = a.document.get_model_by_id("k") as Knob;

    knob.value = 1;
    await until(() => src_b().data.y?.[0] === 10);
    expect(Array.from(src_b().data.y!)).toEqual([10, 20, 30]);
    const patch = await watcher.until(() => watcher.of(MsgType.PATCH_DOC).find((m) => JSON.stringify(m.content).includes("ColumnDataChanged")));
    const event = (patch.content as { events: Array<Record<string, unknown>> }).events.find((e) => e.kind === "ColumnDataChanged")!;
    expect(event.cols).toEqual(["y"]); // only the assigned column travels, as Bokeh's PropertyValueColumnData sends it

    knob.value = 2;
    await until(() => src_b().length === 4);
    expect(src_b().data.name).toEqual(["a", "b", "c", "d"]);
    expect(Array.from(src_b().data.x!)).toEqual([1, 2, 3, 4]);

    knob.value = 3;
    await until(() => !("name" in src_b().data));
    expect(src_b().column_names.sort()).toEqual(["x", "y"]);
    expect(src_b().length).toBe(4);
    // and the editing client converged too
    expect((a.document.get_model_by_id("src") as ColumnDataSource).column_names.sort()).toEqual(["x", "y"]);
    watcher.close();
    await a.close();
    await b.close();
  });

  it("a pull without the opt-in carries no buffers: the whole document decodes from the text frames (plain base64, as Bokeh 3.6)", async () => {
    const pulled = await text_only_pull(r.ws_url("app"), r.token(undefined, { binary_pull: false }));
    expect(pulled.header.num_buffers ?? 0).toBe(0);
    expect(pulled.binary_frames).toBe(0);
    const doc = Document.from_json(pulled.content.doc); // no buffers given: fails if any array was a buffer reference
    const src = doc.get_model_by_id("src") as ColumnDataSource;
    expect(Array.from(src.data.x!)).toEqual([1, 2, 3]);
    expect(src.data.name).toEqual(["a", "b", "c"]);
    // Bokeh 3.6's Python client decodes inline bytes with plain base64 (no gzip)
    const text = JSON.stringify(pulled.content);
    const b64 = /"data":"([A-Za-z0-9+/=]+)"/.exec(text)![1]!;
    const raw = Buffer.from(b64, "base64");
    expect(raw.length).toBe(24);
    expect(Array.from(new Float64Array(raw.buffer, raw.byteOffset, 3))).toEqual([1, 2, 3]);
  });

  it("a client that opted in (Dash's pages, Dash's Node client) gets binary buffers", async () => {
    const page_token = await text_only_pull(r.ws_url("app"), r.token());
    expect(page_token.header.num_buffers).toBe(2);
    expect(page_token.binary_frames).toBe(2);
    const node_token = await text_only_pull(r.ws_url("app"), make_token("node-client-session", null));
    expect(node_token.header.num_buffers).toBe(2);
  });
});
