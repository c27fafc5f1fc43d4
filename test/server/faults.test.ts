/**
 * App faults through the real CLI: a throw in a plain setTimeout and an unhandled rejection
 * in app code are logged with their app and session, and the process keeps serving every
 * other client. Also: a SIGTERM whose shutdown cannot finish exits at --shutdown-timeout.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MsgType } from "@dash/server";
import { RawClient } from "./helpers.ts";

const BIN = resolve("packages/server/bin/dash.js");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dash-faults-"));
  writeFileSync(join(dir, "faulty.ts"), `
import { ColumnDataSource, type Document } from "@dash/server";
export default function app(doc: Document): void {
  doc.add_root(new ColumnDataSource({ data: { x: new Float64Array([1]) } }));
  setTimeout(() => { throw new Error("BOOM-timer"); }, 50);
  setTimeout(() => { void Promise.reject(new Error("BOOM-rejection")); }, 100);
  void (async () => { await new Promise((r) => setTimeout(r, 150)); throw new Error("BOOM-async"); })();
  // queueMicrotask drops the async context: logged, but not attributable to this session.
  setTimeout(() => queueMicrotask(() => { throw new Error("BOOM-unattributed"); }), 200);
}
`);
  writeFileSync(join(dir, "ticker.ts"), `
import { ColumnDataSource, type Document } from "@dash/server";
export default function app(doc: Document): void {
  const source = new ColumnDataSource({ data: { x: new Float64Array(0) } });
  doc.add_root(source);
  let t = 0;
  doc.add_periodic_callback(() => source.stream({ x: new Float64Array([t++]) }, 50), 30);
}
`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function poll<T>(f: () => T | undefined | Promise<T | undefined>, why: () => string): Promise<T> {
  const end = Date.now() + 60_000; // a loaded machine may take long to start the CLI
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(why());
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

function serve(args: string[]): { p: ChildProcessWithoutNullStreams; out: () => string } {
  // --skip-check: the pre-serve trial run would also start the faulty timers (under its own session id).
  const p = spawn(process.execPath, [BIN, "serve", ...args, "--port", "0", "--skip-check"]);
  let out = "";
  p.stdout.on("data", (d) => (out += d));
  p.stderr.on("data", (d) => (out += d));
  return { p, out: () => out };
}

async function open_session(page_url: string): Promise<{ client: RawClient; session: string }> {
  const html = await (await fetch(page_url)).text();
  const item = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as { token: string };
  const payload = JSON.parse(Buffer.from(item.token.split(".")[0]!, "base64url").toString()) as { session_id: string };
  const client = new RawClient(page_url.replace("http", "ws") + "/ws", item.token);
  await client.next(MsgType.ACK);
  await client.pull();
  return { client, session: payload.session_id };
}

describe("app faults (dash serve)", () => {
  it("a throw in setTimeout and unhandled rejections in app code are logged with app and session; the server keeps serving", async () => {
    const { p, out } = serve([join(dir, "faulty.ts"), join(dir, "ticker.ts")]);
    const exited = new Promise<number | null>((ok) => p.on("close", ok));
    try {
      const base = await poll(() => /running at: (http:\S+)\/faulty/.exec(out())?.[1], () => `no URL printed: ${out()}`);
      const ticker = await open_session(`${base}/ticker`);
      const faulty = await open_session(`${base}/faulty`);
      const lines = (): Array<Record<string, unknown>> =>
        out().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l) as Record<string, unknown>);
      for (const boom of ["BOOM-timer", "BOOM-rejection", "BOOM-async"]) {
        const line = await poll(() => lines().find((l) => (l.err as { message?: string } | undefined)?.message === boom), () => `${boom} not logged: ${out()}`);
        expect(line.app).toBe("faulty");
        expect(line.session).toBe(faulty.session);
        expect(line.level).toBe(50);
      }
      const stray = await poll(() => lines().find((l) => (l.err as { message?: string } | undefined)?.message === "BOOM-unattributed"), () => `unattributed error not logged: ${out()}`);
      expect(stray.msg).toMatch(/outside any app/);
      // `app` appears once per line (the session logger no longer repeats it).
      const raw = out().split("\n").find((l) => l.includes("BOOM-timer"))!;
      expect(raw.match(/"app":/g)).toHaveLength(1);

      // The process is alive: the other app's stream continues, and the faulty app serves new sessions.
      const n = ticker.client.of(MsgType.PATCH_DOC).length;
      await ticker.client.until(() => ticker.client.of(MsgType.PATCH_DOC).length >= n + 3);
      const again = await open_session(`${base}/faulty`);
      expect(faulty.client.closed).toBeNull();
      expect(ticker.client.closed).toBeNull();
      for (const c of [ticker.client, faulty.client, again.client]) c.close();
    } finally {
      p.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  }, 180_000);
});
