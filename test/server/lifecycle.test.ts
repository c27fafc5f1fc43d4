import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MsgType, type AppModule, type SessionContext } from "@dash/server";
import { Knob } from "./models.ts";
import { RawClient, connect, sleep, start, type Running } from "./helpers.ts";

const log: string[] = [];
let ticks = 0;
const app: AppModule = {
  default: (doc) => {
    doc.add_root(new Knob());
    doc.add_periodic_callback(() => void ticks++, 10);
  },
  on_server_loaded: (ctx) => void log.push(`loaded:${ctx.app_name}`),
  on_server_unloaded: (ctx) => void log.push(`unloaded:${ctx.app_name}`),
  on_session_created: (ctx: SessionContext) => void log.push(`created:${ctx.id}:${String(ctx.request.arguments.who ?? "")}`),
  on_session_destroyed: (ctx: SessionContext) => void log.push(`destroyed:${ctx.id}:${ctx.destroyed}`),
};

describe("session lifecycle", () => {
  let r: Running;
  beforeAll(async () => {
    r = await start({ app }, { unused_session_lifetime: 100, check_unused_sessions: 30, keep_alive: 40 });
  });
  afterAll(() => r.close());

  it("runs on_server_loaded when ready and on_session_created with the request", async () => {
    expect(log).toContain("loaded:app");
    await fetch(`${r.url("app")}?bokeh-session-id=page1&who=me`);
    expect(log).toContain("created:page1:me");
  });

  it("discards unused sessions after the lifetime: callbacks stop, on_session_destroyed runs", async () => {
    const c = await connect(r, "app", "unused1");
    await c.pull();
    await sleep(250); // connected: kept alive however long
    const m = r.server.dash.managers.get("app")!;
    expect(m.get("unused1")).toBeDefined();
    const session = m.get("unused1")!;
    c.close();
    await c.until(() => (m.get("unused1") === undefined ? true : undefined), 5000);
    expect(log).toContain("destroyed:unused1:true");
    expect(session.host.active).toBe(0);
    // a page-created session nobody connects to goes too
    await c.until(() => (m.get("page1") === undefined ? true : undefined), 5000);
  });

  it("sends keep-alive pings", async () => {
    const c = await connect(r, "app", "pinged");
    let pings = 0;
    c.ws.on("ping", () => void pings++);
    await c.until(() => pings >= 2 || undefined, 5000);
    expect(pings).toBeGreaterThanOrEqual(2);
    c.close();
  });
});

describe("shutdown", () => {
  it("closing the server closes connections with 1001 and runs on_session_destroyed and on_server_unloaded", async () => {
    log.length = 0;
    const r2 = await start({ app });
    const c = await connect(r2, "app", "s1");
    await c.pull();
    const t = ticks;
    await r2.close();
    expect((await c.wait_closed()).code).toBe(1001);
    expect(log).toEqual(["loaded:app", "created:s1:", "destroyed:s1:true", "unloaded:app"]);
    await sleep(50);
    const after = ticks;
    await sleep(50);
    expect(ticks).toBe(after); // callbacks stopped
    expect(t).toBeLessThanOrEqual(after);
    expect(c.of(MsgType.ACK)).toHaveLength(1);
    void RawClient;
  });
});
