import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ColumnDataSource, type AppModule, decode_token, generate_token, MsgType } from "@dash/server";
import { RawClient, connect, start, type Running } from "./helpers.ts";

const created: string[] = [];
const app: AppModule = {
  default: (doc, ctx) => {
    created.push(ctx.id);
    doc.title = "Routes";
    doc.add_root(new ColumnDataSource({ data: { x: new Float64Array([1, 2, 3]) } }));
  },
};

describe("routes", () => {
  let r: Running;
  let two: Running;
  beforeAll(async () => {
    r = await start({ one: app });
    two = await start({ a: app, b: app }, { prefix: "/dash" });
  });
  afterAll(async () => {
    await r.close();
    await two.close();
  });

  it("redirects / to the only app, lists several", async () => {
    const res = await fetch(`${r.http}/`, { redirect: "manual" });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/one");
    const idx = await (await fetch(`${two.http}/dash/`)).text();
    expect(idx).toContain('href="/dash/a"');
    expect(idx).toContain('href="/dash/b"');
  });

  it("GET /<app> creates a session and embeds its token", async () => {
    const before = created.length;
    const res = await fetch(r.url("one"));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(created.length).toBe(before + 1);
    expect(html).toContain("<title>Routes</title>");
    expect(html).toContain('src="/static/dash-client.js"');
    const item = JSON.parse(/<script type="application\/json" id="dash-render-item">(.*?)<\/script>/.exec(html)![1]!);
    expect(item.ws_url).toBeUndefined(); // the page builds it from location, not from the Host header
    expect(item.app_path).toBe("/one");
    const payload = decode_token(item.token);
    expect(payload.session_id).toBe(created.at(-1));
    expect(payload.session_expiry).toBeGreaterThan(Date.now() / 1000);
    expect(r.server.dash.managers.get("one")!.get(payload.session_id)).toBeDefined();
    // The websocket joins that session (no new one is made)
    const c = new RawClient(r.ws_url("one"), item.token);
    await c.next(MsgType.ACK);
    const reply = await c.pull();
    expect(reply.metadata.version).toBe(r.server.dash.managers.get("one")!.get(payload.session_id)!.document.version);
    expect(created.length).toBe(before + 1);
    c.close();
  });

  it("?bokeh-session-id joins an existing session", async () => {
    const html = await (await fetch(r.url("one"))).text();
    const id = decode_token(JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!).token).session_id;
    const n = created.length;
    const again = await (await fetch(`${r.url("one")}?bokeh-session-id=${id}`)).text();
    expect(created.length).toBe(n);
    expect(decode_token(JSON.parse(/id="dash-render-item">(.*?)</.exec(again)![1]!).token).session_id).toBe(id);
  });

  it("autoload.js embeds into the named element", async () => {
    const res = await fetch(`${r.url("one")}/autoload.js?bokeh-autoload-element=plot1&bokeh-app-path=/one&bokeh-absolute-url=${encodeURIComponent(r.url("one"))}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    const js = await res.text();
    expect(js).toContain('"elementid":"plot1"');
    expect(js).toContain(`"ws_url":"ws://127.0.0.1:${r.port}/one/ws"`);
    expect(js).toContain(`"http://127.0.0.1:${r.port}/static/dash-client.js"`);
    expect((await fetch(`${r.url("one")}/autoload.js`)).status).toBe(400);
  });

  it("prefix applies to every route", async () => {
    expect((await fetch(`${two.http}/dash/a`)).status).toBe(200);
    expect((await fetch(`${two.http}/a`)).status).toBe(404);
    const c = await connect(two, "b");
    expect((await c.pull()).header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    c.close();
  });

  it("a websocket token for an unknown session creates it", async () => {
    const n = created.length;
    const c = await connect(r, "one", "brand-new-session-id");
    await c.pull();
    expect(created.length).toBe(n + 1);
    expect(created.at(-1)).toBe("brand-new-session-id");
    c.close();
  });

  it("refuses expired and malformed tokens and a missing subprotocol", async () => {
    const expired = generate_token("some-id", r.server.dash.tokens, -1000);
    const c1 = new RawClient(r.ws_url("one"), expired);
    expect(await c1.wait_closed()).toMatchObject({ code: 1008, reason: expect.stringContaining("DASH_ERR_TOKEN_EXPIRED") });
    const c2 = new RawClient(r.ws_url("one"), "not-a-token");
    expect(await c2.wait_closed()).toMatchObject({ code: 1008, reason: expect.stringContaining("DASH_ERR_BAD_TOKEN") });
    expect(c1.of(MsgType.ACK)).toHaveLength(0);
  });
});

describe("origin and signed sessions", () => {
  const secret = "s".repeat(40);
  let r: Running;
  beforeAll(async () => {
    r = await start({ one: app }, { session_ids: "signed", secret_key: secret, allow_websocket_origin: ["example.com:8080"] });
  });
  afterAll(() => r.close());

  it("checks the websocket origin before the upgrade", async () => {
    const bad = new RawClient(r.ws_url("one"), r.token(), { origin: "http://evil.example" });
    await expect(bad.opened).rejects.toThrow("403");
    const good = new RawClient(r.ws_url("one"), r.token(), { origin: "http://example.com:8080" });
    await good.opened;
    await good.next(MsgType.ACK);
    good.close();
  });

  it("signed mode refuses forged session ids and tokens", async () => {
    expect((await fetch(`${r.url("one")}?bokeh-session-id=forged`)).status).toBe(403);
    const page = await fetch(r.url("one"));
    expect(page.status).toBe(200);
    const unsigned = generate_token("forged", { signed: false, secret_key: null }, 60_000);
    const c = new RawClient(r.ws_url("one"), unsigned);
    expect(await c.wait_closed()).toMatchObject({ code: 1008, reason: expect.stringContaining("signature") });
    const other_key = generate_token("abc-def", { signed: true, secret_key: "x".repeat(40) }, 60_000);
    const c2 = new RawClient(r.ws_url("one"), other_key);
    expect((await c2.wait_closed()).code).toBe(1008);
    const ok = await connect(r, "one");
    ok.close();
  });
});
