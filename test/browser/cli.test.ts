/**
 * `dash serve` end to end: the real CLI as a child process serves apps/scatter.ts, Chromium
 * opens the printed URL, and the plot is drawn (glyph colours where the data lands, ticks,
 * legend), with no console errors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import net from "node:net";
import { resolve } from "node:path";
import { RED } from "./apps/scatter.ts";
import { Shot, open_app, plot_info, to_page, until, use_browser } from "./helpers.ts";

const BIN = resolve("packages/server/bin/dash.js");
const APP = resolve("test/browser/apps/scatter.ts");

function free_port(): Promise<number> {
  return new Promise((done, fail) => {
    const s = net.createServer();
    s.once("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = a !== null && typeof a === "object" ? a.port : 0;
      s.close(() => done(port));
    });
  });
}

const browser = use_browser();
let child: ChildProcessWithoutNullStreams | null = null;
let out = "";
let url = "";

beforeAll(async () => {
  const port = await free_port();
  child = spawn(process.execPath, [BIN, "serve", APP, "--port", String(port), "--address", "127.0.0.1"], { env: { ...process.env } });
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  await until(() => /running at: (http:\S+)/.exec(out) ?? (child!.exitCode !== null && Promise.reject(new Error(`dash serve exited:\n${out}`))), "dash serve to listen", 90_000); // serve type-checks the app first
  url = /running at: (http:\S+)/.exec(out)![1]!;
}, 120_000);

afterAll(async () => {
  const c = child;
  if (c === null || c.exitCode !== null) return;
  const exited = new Promise((r) => c.once("exit", r));
  c.kill("SIGTERM");
  await exited;
});

describe("dash serve", () => {
  it("serves an app that Chromium renders", async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    const w = await browser.new_page();
    await open_app(w, url.endsWith("/scatter") ? url : new URL("scatter", url).href);
    const info = await plot_info(w.page);
    const shot = await Shot.take(w.page);
    for (let i = 0; i < RED.x.length; i++) {
      const p = to_page(info, RED.x[i]!, RED.y[i]!);
      expect(shot.count_near(p.x, p.y, [255, 0, 0])).toBeGreaterThan(30);
    }
    expect(info.texts).toEqual(expect.arrayContaining(["0", "10", "reds", "blues", "scatter"]));
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
