import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ColumnDataSource, type AppModule } from "@dash/server";
import { start, type Running } from "./helpers.ts";

const app: AppModule = { default: (doc) => doc.add_root(new ColumnDataSource()) };

describe("client bundle", () => {
  let dir: string;
  let r: Running;
  beforeAll(async () => {
    // a stand-in client package, so the test does not depend on (or rebuild) the real one
    dir = mkdtempSync(join(tmpdir(), "dash-bundle-"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "src", "main.ts"), "export function embed_item(item: { elementid: string }): string { return item.elementid; }\n");
    r = await start({ app }, { client_bundle: { client_dir: dir } });
  });
  afterAll(async () => {
    await r.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is built on first request when missing, served as JavaScript, and rebuilt when a source is newer", async () => {
    const res = await fetch(`${r.http}/static/dash-client.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("javascript");
    const js = await res.text();
    expect(js).toContain("Dash");
    expect(js).toContain("embed_item");
    const out = join(dir, "dist", "dash-client.js");
    expect(statSync(out).size).toBeGreaterThan(0);
    expect(await r.server.dash.bundle.stale()).toBe(false);
    const future = new Date(Date.now() + 10_000);
    utimesSync(join(dir, "src", "main.ts"), future, future);
    expect(await r.server.dash.bundle.stale()).toBe(true);
    expect((await fetch(`${r.http}/static/dash-client.js.map`)).status).toBe(200);
  });
});
