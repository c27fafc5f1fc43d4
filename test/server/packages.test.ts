/**
 * The packages as a user outside this repository gets them: `npm run build` makes the
 * tarballs, they are installed into a scratch folder under the system temp directory (with
 * the TypeScript compiler, as `dash init`'s package.json suggests), and an app there is
 * initialised, checked against the installed packages' types and served.
 */
import { afterAll, describe, expect, it } from "vitest";
import { execFile, spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { MsgType } from "@dash/server";
import { RawClient } from "./helpers.ts";

const exec = promisify(execFile);
const ROOT = resolve(".");
const scratch = mkdtempSync(join(tmpdir(), "dash-install-"));
let server: ChildProcessWithoutNullStreams | null = null;
afterAll(async () => {
  server?.kill("SIGKILL");
  await rm(scratch, { recursive: true, force: true }); // a whole node_modules: slow on a busy machine
}, 300_000);

function dash(args: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  return exec(process.execPath, [join(scratch, "node_modules/@dash/server/bin/dash.js"), ...args], { cwd }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
  );
}

describe("publishable packages", () => {
  it("npm run build makes tarballs that install outside the workspace and serve a type-checked app", { timeout: 900_000 }, async () => {
    const built = await exec("npm", ["run", "--silent", "build", "--", join(scratch, "tarballs")], { cwd: ROOT, maxBuffer: 1 << 24 });
    const tarballs = built.stdout.split("\n").filter((l) => l.endsWith(".tgz"));
    expect(tarballs.map((t) => t.slice(t.lastIndexOf("/") + 1))).toEqual(["dash-client-0.1.0.tgz", "dash-protocol-0.1.0.tgz", "dash-server-0.1.0.tgz"]);

    const app_dir = join(scratch, "project");
    await exec("mkdir", ["-p", app_dir]);
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
    const dev = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    await exec("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", ...tarballs,
      `typescript@${dev.devDependencies.typescript}`, `@types/node@${dev.devDependencies["@types/node"]}`], { cwd: scratch, maxBuffer: 1 << 24 });
    // the installed copy, not a link back into the workspace
    expect(realpathSync(join(scratch, "node_modules/@dash/server")).startsWith(realpathSync(scratch))).toBe(true);

    const init = await dash(["init", "myapp"], app_dir);
    expect(init.code, init.err).toBe(0);
    const ok = await dash(["check", "myapp"], app_dir);
    expect(ok.code, ok.err).toBe(0);
    expect(ok.err).not.toContain("type check skipped");
    writeFileSync(join(app_dir, "bad.ts"), `import { Slider, type Document } from "@dash/server";\nexport default function (doc: Document): void {\n  doc.add_root(new Slider({ start: 0, end: "ten" }));\n}\n`);
    const bad = await dash(["check", "bad.ts"], app_dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^bad\.ts:3:\d+: .*\(TS2322\)$/m);
    expect(bad.err).not.toContain("node_modules/"); // the installed packages' own types are clean

    server = spawn(process.execPath, [join(scratch, "node_modules/@dash/server/bin/dash.js"), "serve", "myapp", "--port", "0"], { cwd: app_dir });
    let out = "";
    server.stdout.on("data", (d) => (out += d));
    server.stderr.on("data", (d) => (out += d));
    const url = await new Promise<string>((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`no URL printed:\n${out}`)), 180_000);
      server!.stdout.on("data", () => {
        const m = /running at: (http:\S+)/.exec(out);
        if (m) {
          clearTimeout(t);
          ok(m[1]!);
        }
      });
    });
    const html = await (await fetch(url)).text();
    expect(html).toContain("<title>my app</title>");
    const bundle = await fetch(new URL(url).origin + "/static/dash-client.js");
    expect(bundle.status).toBe(200);
    expect((await bundle.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    // The page builds its websocket URL from its location and the item's app path.
    const item = JSON.parse(/id="dash-render-item">(.*?)</.exec(html)![1]!) as { token: string; app_path: string };
    const c = new RawClient(`ws://${new URL(url).host}${item.app_path}/ws`, item.token);
    await c.next(MsgType.ACK);
    expect((await c.pull()).header.msgtype).toBe(MsgType.PULL_DOC_REPLY);
    c.close();
    const exited = new Promise((ok) => server!.on("close", ok));
    server.kill("SIGTERM");
    await exited;
    server = null;
  });
});
