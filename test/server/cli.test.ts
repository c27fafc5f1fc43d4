import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { MsgType } from "@dash/server";
import { main } from "../../packages/server/src/cli.ts";
import { RawClient } from "./helpers.ts";

async function run_in_process(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const code = await main(args, { out: (l) => void (out += l + "\n"), err: (l) => void (err += l + "\n") });
  return { code, out, err };
}

const BIN = resolve("packages/server/bin/dash.js");

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let out = "", err = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (err += d));
    p.on("close", (code) => done({ code, out, err }));
  });
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "dash-cli-"));
  // an app far from any node_modules, importing @dash/server
  writeFileSync(join(dir, "far.ts"), `
import { ColumnDataSource, type Document, type ServerContext } from "@dash/server";
export default function app(doc: Document): void {
  doc.title = "far away";
  doc.add_root(new ColumnDataSource({ data: { x: new Float64Array([1, 2, 3]) } }));
}
export function on_server_unloaded(ctx: ServerContext): void {
  process.stdout.write("UNLOADED " + ctx.app_name + "\\n");
}
`);
  writeFileSync(join(dir, "broken.ts"), "export default function (doc) { let x: = 1 }\n");
  writeFileSync(join(dir, "noexport.ts"), "export const x = 1;\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("dash CLI", () => {
  it("--help and --version", { timeout: 90_000 }, async () => {
    const [h, v, bad] = await Promise.all([run(["--help"]), run(["--version"]), run(["serve", join(dir, "far.ts"), "--bogus"])]);
    expect(h.code).toBe(0);
    expect(h.out).toContain("dash serve APP...");
    expect(h.out).toContain("--allow-websocket-origin");
    expect(v.code).toBe(0);
    expect(v.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/Unknown option '--bogus'/);
  });

  it("bad flags and bad apps exit 2 with a clear message before listening", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["serve", join(dir, "far.ts"), "--bogus"], /Unknown option '--bogus'/],
      [["serve", join(dir, "far.ts"), "--port", "http"], /--port expects a whole number/],
      [["serve", join(dir, "far.ts"), "--session-ids", "maybe"], /--session-ids expects unsigned or signed/],
      [["serve"], /at least one APP/],
      [["serve", join(dir, "missing.ts")], /app file not found/],
      [["serve", join(dir, "broken.ts")], /cannot load app .*broken\.ts/],
      [["serve", join(dir, "noexport.ts")], /default export must be a function/],
      [["serve", "test/server/fixtures/tiny_app.ts", "--session-ids", "signed"], /DASH_SECRET_KEY/],
      [["serve", "test/server/fixtures/tiny_app.ts", "--log-level", "loud"], /--log-level expects one of/],
      [["serve", "test/server/fixtures/tiny_app.ts", "test/server/fixtures/tiny_app.ts"], /two apps are named 'tiny_app'/],
      [["frobnicate"], /unknown command 'frobnicate'/],
    ];
    const saved = process.env.DASH_SECRET_KEY;
    delete process.env.DASH_SECRET_KEY;
    const results = [];
    for (const [args] of cases) results.push(await run_in_process(args));
    if (saved !== undefined) process.env.DASH_SECRET_KEY = saved;
    results.forEach((res, i) => {
      expect(res.code, cases[i]![0].join(" ")).toBe(2);
      expect(res.err).toMatch(cases[i]![1]);
      expect(res.out).not.toContain("running at");
    });
  });

  it("serves an app from anywhere on disk; SIGTERM closes connections cleanly and runs on_server_unloaded", { timeout: 120_000 }, async () => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env.DISPLAY; // --show then prints the URL instead of opening a browser
    const p: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, "serve", join(dir, "far.ts"), "--port", "0", "--log-level", "warn", "--show"], { env });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    const url = await new Promise<string>((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`no URL printed: ${out} ${err}`)), 90_000); // serve type-checks first
      p.stdout.on("data", () => {
        const m = /running at: (http:\S+)/.exec(out);
        if (m) {
          clearTimeout(t);
          ok(m[1]!);
        }
      });
    });
    expect(url).toMatch(/\/far$/);
    await new Promise((ok) => setTimeout(ok, 100));
    expect(out).toContain(`Open ${url} in a browser.`);
    const html = await (await fetch(url)).text();
    expect(html).toContain("<title>far away</title>");
    const token = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!).token as string;
    const c = new RawClient(url.replace("http", "ws") + "/ws", token);
    await c.next(MsgType.ACK);
    const reply = await c.pull();
    expect(reply.buffers.size).toBe(1);
    const exited = new Promise<number | null>((ok) => p.on("close", ok));
    p.kill("SIGTERM");
    expect((await c.wait_closed()).code).toBe(1001);
    expect(await exited).toBe(0);
    expect(out).toContain("UNLOADED far");
  });

  it("--dev: an edited app serves new sessions; an edit that does not compile is logged and the last good code keeps serving", { timeout: 240_000 }, async () => {
    const app = (title: string): string => `import type { Document } from "@dash/server";\nexport default function app(doc: Document): void { doc.title = ${JSON.stringify(title)}; }\n`;
    const file = join(dir, "live.ts");
    writeFileSync(file, app("version one"));
    const p: ChildProcessWithoutNullStreams = spawn(process.execPath, [BIN, "serve", file, "--port", "0", "--dev", "--log-level", "info"]);
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.stderr.on("data", (d) => (out += d));
    try {
      const url = await poll(() => /running at: (http:\S+)/.exec(out)?.[1], () => `no URL printed: ${out}`);
      const title = async (): Promise<string | undefined> => /<title>(.*?)<\/title>/.exec(await (await fetch(url)).text())?.[1];
      expect(await title()).toBe("version one");
      writeFileSync(file, app("version two"));
      await poll(async () => ((await title()) === "version two" ? true : undefined), () => `never reloaded: ${out}`);
      writeFileSync(file, "export default function (doc) { let x: = 1 }\n");
      await poll(() => (out.includes("app reload failed") ? true : undefined), () => `no reload error logged: ${out}`);
      expect(await title()).toBe("version two");
    } finally {
      p.kill("SIGTERM");
    }
  });
});

/** Poll until `f` gives a value (90 s: serve and --dev reloads type-check first). */
async function poll<T>(f: () => T | undefined | Promise<T | undefined>, why: () => string): Promise<T> {
  const end = Date.now() + 90_000;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(why());
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
