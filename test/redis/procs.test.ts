/**
 * Per-session documents need no sticky routing with --redis (the page on one process,
 * the websocket on another), and `--num-procs N` runs N workers on one port.
 */
import { describe, it, expect } from "vitest";
import { execFileSync, spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import type { ClientSession } from "@dash/client/node";
import type { Slider } from "@dash/server";
import { board_of, state_of } from "../shared/shared_helpers.ts";
import { start_dash, until } from "./harness.ts";
import { use_redis } from "./fixture.ts";
import { open, settle } from "./clients.ts";

const redis = use_redis();

function session_of(html: string): string {
  const token = /"token":"([^"]+)"/.exec(html)![1]!;
  return (JSON.parse(Buffer.from(token.split(".")[0]!, "base64url").toString("utf8")) as { session_id: string }).session_id;
}

describe("processes", { timeout: 180_000 }, () => {
  it("a per-session document: page on one process, websockets on others, one document", async () => {
    const [a, b] = await Promise.all([start_dash(["per_session"], redis.url), start_dash(["per_session"], redis.url)]);
    const html = await (await fetch(a.url("per_session"))).text();
    const title = /<title>([^<]*)<\/title>/.exec(html)![1];
    const id = session_of(html);
    const on_b = await open(b.url("per_session"), id);
    const on_a = await open(a.url("per_session"), id);
    expect(on_b.document.title).toBe(title); // the page's document, not a new one built on b
    (on_b.document.get_model_by_name("slider") as Slider).value = 42;
    await until(() => (on_a.document.get_model_by_name("slider") as Slider).value === 42, "edit on b reaches a");
    on_a.close();
    on_b.close();
    await Promise.all([a.kill(), b.kill()]);
  });

  it("--num-procs 2 runs two workers on one port that share the document", async () => {
    const p = await start_dash(["board"], redis.url, ["--num-procs", "2"]);
    const workers = execFileSync("pgrep", ["-P", String(p.pid)]).toString().trim().split("\n");
    expect(workers).toHaveLength(2);
    const clients: ClientSession[] = [];
    for (let i = 0; i < 6; i++) clients.push(await open(p.url("board")));
    clients.forEach((c, i) => board_of(c.document).log.stream({ who: [`w${i}`], n: [i] }));
    await settle(clients);
    for (const c of clients) expect(state_of(c.document)).toEqual(state_of(clients[0]!.document));
    expect((board_of(clients[0]!.document).log.data.who as string[]).filter((w) => w.startsWith("w")).sort()).toEqual(["w0", "w1", "w2", "w3", "w4", "w5"]);
    for (const c of clients) c.close();
    await p.kill("SIGTERM");
  });

  it("--num-procs with a shared app and no --redis is refused", () => {
    const root = resolve(import.meta.dirname, "../..");
    const r = spawnSync(process.execPath, [join(root, "packages/server/bin/dash.js"), "serve", join(root, "test/redis/apps/board.ts"), "--num-procs", "2"], {
      env: { ...process.env, DASH_REDIS_URL: "" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--num-procs needs --redis");
  });
});
