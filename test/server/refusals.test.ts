/**
 * Expected refusals and app errors are logged the way an operator can read them: a huge
 * rollover reserves nothing, bad frames are warnings without stacks, a failing callback
 * is rate limited, and a 500 page hides the app's exception text unless --dev.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, MsgType, create_message, type AppModule, type Document } from "@dash/server";
import { ided } from "./models.ts";
import { connect, sleep, start, type Running } from "./helpers.ts";

const app: AppModule = {
  // Clients here stream into the source: these tests are about decoding bounds, not the write policy.
  client_writes: "all",
  default: (doc: Document) => {
    doc.add_root(new ColumnDataSource(ided("cds", { data: { x: new Float64Array([1]) } })));
  },
};
const failing: AppModule = {
  default: (doc: Document) => {
    doc.add_periodic_callback(() => {
      throw new Error("tick failed");
    }, 10);
  },
};
const broken: AppModule = {
  default: () => {
    throw new Error("secret connection string postgres://admin:hunter2@db");
  },
};

type Line = Record<string, unknown>;
const parsed = (r: Running): Line[] => r.logs.map((l) => JSON.parse(l) as Line);

describe("refusals and app errors in the log", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ app, failing, broken });
  });
  afterAll(() => r.close());

  it("a stream with rollover 4e8 (or 1e300) reserves memory for the rows it has, not for the rollover", async () => {
    const source = new ColumnDataSource({ data: { x: new Float64Array([0]) } });
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 100; i++) source.stream({ x: new Float64Array([i, i + 0.5]) }, 4e8);
    source.stream({ x: new Float64Array([1]) }, 1e300);
    expect(source.data.x!.length).toBe(202);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
    // Over the wire, 1e300 is no integer a client means: an expected refusal, a warning without a stack.
    const c = await connect(r, "app");
    await c.pull();
    const refused = await c.request(create_message(MsgType.PATCH_DOC, {
      events: [{ kind: "ColumnsStreamed", model: { id: "cds" }, attr: "data", data: { x: [2, 3] }, rollover: 1e300 }],
    }));
    expect(refused.header.msgtype).toBe(MsgType.ERROR);
    expect((refused.content as { text: string }).text).toMatch(/^DASH_ERR_BAD_EVENT: rollover must be a non-negative integer/);
    await sleep(50);
    expect(parsed(r).filter((l) => (l.level as number) >= 50)).toEqual([]);
    const line = parsed(r).find((l) => l.code === "DASH_ERR_BAD_EVENT");
    expect(line?.level).toBe(40);
    expect(JSON.stringify(line)).not.toContain("stack");
    c.close();
  });

  it("an invalid UTF-8 text frame closes that connection (1007) with a warning and no stack", async () => {
    const c = await connect(r, "app");
    c.ws.send(Buffer.from([0xff, 0xfe, 0x7b]), { binary: false });
    expect((await c.wait_closed()).code).toBe(1007);
    await sleep(100);
    const line = parsed(r).find((l) => l.code === "WS_ERR_INVALID_UTF8");
    expect(line?.level).toBe(40);
    expect(JSON.stringify(line)).not.toContain("stack");
  });

  it("a callback that throws every 10 ms is logged a few times, then counted, not logged per failure", async () => {
    const c = await connect(r, "failing");
    await c.pull();
    await sleep(600); // ~60 failures
    const session = [...r.server.dash.managers.get("failing")!.all()][0]!.id;
    const errors = parsed(r).filter((l) => l.session === session && l.level === 50);
    expect(errors.length).toBe(5);
    expect(errors[0]!.msg).toBe(`periodic callback failed in app 'failing', session ${session}`);
    expect(errors[0]!.app).toBe("failing");
    expect(parsed(r).some((l) => l.session === session && l.level === 40 && /further errors .* are counted/.test(l.msg as string))).toBe(true);
    // Ending the session logs the count of what was not logged one by one.
    await r.server.dash.managers.get("failing")!.destroy(r.server.dash.managers.get("failing")!.get(session)!);
    const summary = parsed(r).find((l) => l.session === session && typeof l.suppressed === "number");
    expect(summary!.suppressed as number).toBeGreaterThan(20);
    c.close();
  });

  it("a 500 page says the app failed without its exception text; the log has the text", async () => {
    const res = await fetch(r.url("broken"));
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toContain("app failed");
    expect(body).not.toContain("hunter2");
    expect(r.logs.some((l) => l.includes("hunter2"))).toBe(true);
  });

  it("with --dev the 500 page shows the exception text", async () => {
    const dev = await start({ broken }, { dev: true });
    try {
      const res = await fetch(dev.url("broken"));
      expect(res.status).toBe(500);
      expect(await res.text()).toContain("hunter2");
    } finally {
      await dev.close();
    }
  });
});
