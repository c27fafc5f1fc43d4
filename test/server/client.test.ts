import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, Document, MsgType, type AppModule } from "@dash/server";
import { pull_session, push_session } from "@dash/client/node";
import { Replica } from "../../packages/client/src/connection/replica.ts";
import { Knob, ided } from "./models.ts";
import { sleep, start, type Running } from "./helpers.ts";

const app: AppModule = {
  // These tests exercise the protocol with arbitrary valid changes, not the page UI.
  client_writes: "all",
  default: (doc) => {
    const k = new Knob(ided("k", { value: 1 }));
    const echo = new Knob(ided("echo", {}));
    const src = new ColumnDataSource(ided("src", { data: { x: new Float64Array([0]) } }));
    k.on_change("value", (_a, _o, v) => void (echo.value = (v as number) * 10));
    doc.add_root(k);
    doc.add_root(echo);
    doc.add_root(src);
    let t = 0;
    doc.add_periodic_callback(() => src.stream({ x: new Float64Array([++t]) }, 50), 20);
  },
};

async function until(pred: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!pred()) {
    if (Date.now() > end) throw new Error("timed out");
    await sleep(10);
  }
}

describe("Node client API", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ app });
  });
  afterAll(() => r.close());

  it("pull_session: the document stays in sync both ways", async () => {
    const s = await pull_session(r.url("app"));
    expect(s.connected).toBe(true);
    const server_doc = r.server.dash.managers.get("app")!.get(s.id)!.document;
    const src = s.document.get_model_by_id("src") as ColumnDataSource;
    expect(src).toBeInstanceOf(ColumnDataSource);
    await until(() => src.length >= 5); // server streams arrive
    expect(src.data.x).toBeInstanceOf(Float64Array);
    // local change -> server -> on_change reaction comes back
    const k = s.document.get_model_by_id("k") as Knob;
    k.value = 4;
    await until(() => (s.document.get_model_by_id("echo") as Knob).value === 40);
    expect((server_doc.get_model_by_id("k") as Knob).value).toBe(4);
    expect(s.version).toBeGreaterThan(0);
    const info = await s.request_server_info();
    expect(info.version_info.bokeh).toMatch(/^3\./);
    await s.close();
    expect(s.state).toBe("closed");
  });

  it("two clients of one session see each other's changes", async () => {
    const a = await pull_session(r.url("app"));
    const b = await pull_session({ url: r.url("app"), session_id: a.id });
    (a.document.get_model_by_id("k") as Knob).label = "from a";
    await until(() => (b.document.get_model_by_id("k") as Knob).label === "from a");
    (b.document.get_model_by_id("k") as Knob).value = 7;
    await until(() => (a.document.get_model_by_id("echo") as Knob).value === 70);
    await a.close();
    await b.close();
  });

  it("push_session: the server takes our document, which then stays in sync", async () => {
    const doc = new Document();
    const mine = new Knob(ided("mine", { value: 3, label: "pushed" }));
    doc.add_root(mine);
    const s = await push_session(doc, { url: r.url("app"), session_id: "pushed-session" });
    expect(s.document).toBe(doc);
    const server_doc = r.server.dash.managers.get("app")!.get("pushed-session")!.document;
    expect(server_doc.roots.map((m) => m.id)).toEqual(["mine"]);
    mine.value = 33;
    await s.force_roundtrip();
    expect((server_doc.get_model_by_id("mine") as Knob).value).toBe(33);
    (server_doc.get_model_by_id("mine") as Knob).label = "server says hi";
    await until(() => mine.label === "server says hi");
    await s.close();
  });

  it("reconnects after an unexpected close and pulls again", async () => {
    const warnings: string[] = [];
    const s = await pull_session({ url: r.url("app"), reconnect: { initial_ms: 20 }, on_warning: (w) => warnings.push(w) });
    const session = r.server.dash.managers.get("app")!.get(s.id)!;
    session.connection_list[0]!.close(1011, "test: dropped");
    await until(() => s.state === "reconnecting");
    await until(() => s.connected && session.connection_count === 1);
    const src = s.document.get_model_by_id("src") as ColumnDataSource;
    const n = src.length;
    await until(() => src.length > n || src.length === 50);
    expect(warnings.join("\n")).toContain("reconnecting");
    await s.close();
  });

  it("pull_session rejects with the server's reason for a bad token", async () => {
    await expect(pull_session({ url: r.url("app"), token_expiration: -5000 })).rejects.toThrow(/TOKEN_EXPIRED/);
    await expect(pull_session(`${r.http}/nope`)).rejects.toThrow(/404/);
  });
});

describe("Replica", () => {
  it("keeps patches that arrive before the document and applies only newer ones", () => {
    const sent: unknown[] = [];
    const replica = new Replica((p) => sent.push(p));
    const doc = { version: "3.10.0", title: "t", roots: [{ type: "object", name: "DashTestKnob", id: "rk", attributes: { value: 1 } }] };
    const patch = (v: number) => ({ events: [{ kind: "ModelChanged", model: { id: "rk" }, attr: "value", new: v }] });
    replica.apply_patch(patch(2), new Map(), 4); // older than the pulled document: skipped
    replica.apply_patch(patch(3), new Map(), 6); // newer: applied after the load
    replica.load(doc, new Map(), 5);
    expect((replica.document!.get_model_by_id("rk") as Knob).value).toBe(3);
    expect(replica.server_version).toBe(6);
    replica.document!.flush();
    expect(sent).toHaveLength(0); // server changes are not echoed back
    expect(MsgType.PATCH_DOC).toBe("PATCH-DOC");
  });
});
