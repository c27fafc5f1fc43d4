/**
 * Sessions are bounded: `?doc=` only where the app declares named documents, unused named
 * documents are discarded like sessions, and each app caps its live sessions and named
 * documents with a clear refusal while live sessions keep working.
 */
import { afterEach, describe, expect, it } from "vitest";
import { MsgType, Slider, type AppModule, type Document } from "@dash/server";
import { RawClient, connect, sleep, start, type Running } from "./helpers.ts";

let ticks = 0;
function build(doc: Document): void {
  doc.add_root(new Slider({ start: 0, end: 10, value: 1 }));
  doc.add_periodic_callback(() => void ticks++, 5);
}
const plain: AppModule = { default: build };
const named: AppModule = { named_documents: true, default: build };
const kept: AppModule = { named_documents: true, keep_documents: true, default: build };

let r: Running | null = null;
afterEach(async () => {
  await r?.close();
  r = null;
});

const live = (app: string) => r!.server.dash.managers.get(app)!.count;

describe("session bounds", () => {
  it("?doc= is refused by an app that does not declare named documents, and makes no session", async () => {
    r = await start({ plain });
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${r.url("plain")}?doc=n${i}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/^DASH_ERR_NAMED_DOCUMENTS_DISABLED/);
    }
    expect(live("plain")).toBe(0);
  });

  it("a named document with no viewers is discarded like a session, and its callbacks stop; keep_documents keeps it", async () => {
    r = await start({ named, kept }, { unused_session_lifetime: 1000, check_unused_sessions: 60_000 });
    for (let i = 0; i < 10; i++) expect((await fetch(`${r.url("named")}?doc=n${i}`)).status).toBe(200);
    expect((await fetch(`${r.url("kept")}?doc=k`)).status).toBe(200);
    // Same name, same document.
    expect((await fetch(`${r.url("named")}?doc=n0`)).status).toBe(200);
    expect(live("named")).toBe(10);
    // The periodic sweep, run as if the lifetime had passed (no wall-clock race with a busy machine).
    const later = Date.now() + 5_000;
    expect(r.server.dash.managers.get("named")!.discard_unused(later)).toBe(10);
    expect(r.server.dash.managers.get("kept")!.discard_unused(later)).toBe(0);
    expect(live("named")).toBe(0);
    expect(live("kept")).toBe(1);
    await r.close();
    r = null;
    const after = ticks;
    await sleep(50);
    expect(ticks).toBe(after);
  });

  it("past --max-named-documents a new name is refused with 503; known names still open", async () => {
    r = await start({ named }, { max_named_documents: 3 });
    for (const n of ["a", "b", "c"]) expect((await fetch(`${r.url("named")}?doc=${n}`)).status).toBe(200);
    const res = await fetch(`${r.url("named")}?doc=d`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("10");
    expect(await res.text()).toMatch(/^DASH_ERR_TOO_MANY_SESSIONS: .*--max-named-documents/);
    expect((await fetch(`${r.url("named")}?doc=a`)).status).toBe(200);
    expect(live("named")).toBe(3);
  });

  it("past --max-sessions page loads get 503 and websockets close 1013, while live sessions keep working", async () => {
    r = await start({ plain }, { max_sessions: 5 });
    const first = await connect(r, "plain", "first");
    await first.pull();
    for (let i = 0; i < 4; i++) expect((await fetch(r.url("plain"))).status).toBe(200);
    expect(live("plain")).toBe(5);
    for (let i = 0; i < 20; i++) expect((await fetch(r.url("plain"))).status).toBe(503);
    const refused = new RawClient(r.ws_url("plain"), r.token("another"));
    const closed = await refused.wait_closed();
    expect(closed.code).toBe(1013);
    expect(closed.reason).toMatch(/DASH_ERR_TOO_MANY_SESSIONS/);
    expect(live("plain")).toBe(5);
    // The live session is untouched: it still answers.
    expect((await first.pull()).header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    // The refusal is logged, not once per request.
    expect(r.logs.filter((l) => l.includes("new session refused")).length).toBe(1);
    first.close();
  });

  it("plain page loads without a websocket are discarded after their lifetime, which frees room under the cap", async () => {
    r = await start({ plain }, { max_sessions: 3, unused_session_lifetime: 50, check_unused_sessions: 60_000 });
    for (let i = 0; i < 3; i++) expect((await fetch(r.url("plain"))).status).toBe(200);
    await sleep(80);
    // No periodic sweep ran yet: the cap itself discards sessions past their lifetime before refusing.
    expect((await fetch(r.url("plain"))).status).toBe(200);
    expect(live("plain")).toBe(1);
  });
});
