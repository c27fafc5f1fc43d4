import { afterEach, describe, expect, it } from "vitest";
import { MsgType, type Document } from "@dash/server";
import { RawClient, start, type Running } from "./helpers.ts";

let r: Running | null = null;
afterEach(async () => {
  await r?.close();
  r = null;
});

/** An app whose document is finished only when the test says so. */
function gated(): { app: (doc: Document) => Promise<void>; open(): void } {
  let open!: () => void;
  const gate = new Promise<void>((ok) => (open = ok));
  return {
    app: async (doc) => {
      await gate;
      doc.title = "built";
    },
    open: () => open(),
  };
}

describe("a page whose session is still being built", () => {
  it("shows a spinner at once, then the app replaces it when the document exists", async () => {
    const g = gated();
    r = await start({ slow: { default: g.app } });
    const res = await fetch(r.url("slow"));
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let html = "";
    while (!html.includes("dash-spinner")) html += decoder.decode((await reader.read()).value);
    expect(html).toContain("Building the document");
    expect(html).not.toContain("dash-render-item"); // the app is not there yet: its document is still being built
    g.open();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      html += decoder.decode(value);
    }
    expect(html).toContain(`document.getElementById("dash-spinner").remove(); document.title = "built";`);
    // The page builds its websocket URL from `location` (app_path + "/ws").
    const item = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as { token: string; app_path: string };
    const c = new RawClient(`ws://127.0.0.1:${r.port}${item.app_path}/ws`, item.token);
    await c.next(MsgType.ACK);
    expect((await c.pull()).header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    c.close();
  });

  it("an app that fails while the spinner shows puts the error in its place", async () => {
    let fail!: () => void;
    const gate = new Promise<void>((_, no) => (fail = () => no(new Error("database unreachable"))));
    r = await start({ broken: { default: async () => gate } });
    const res = await fetch(r.url("broken"));
    const reader = res.body!.getReader();
    let html = new TextDecoder().decode((await reader.read()).value);
    expect(html).toContain("dash-spinner");
    fail();
    html += await new Response(new ReadableStream({ start: async (ctl) => { for (;;) { const { value, done } = await reader.read(); if (done) break; ctl.enqueue(value); } ctl.close(); } })).text();
    // Without --dev the page says the app failed, not its exception text (that is in the log).
    expect(html).toContain("app failed (details in the server log)");
    expect(html).not.toContain("database unreachable");
    expect(html).not.toContain("dash-render-item");
  });

  it("a quick app gets the whole page in one response, without a spinner", async () => {
    r = await start({ quick: { default: (doc: Document) => void (doc.title = "quick") } });
    const html = await (await fetch(r.url("quick"))).text();
    expect(html).toContain("<title>quick</title>");
    expect(html).not.toContain("dash-spinner");
  });
});
