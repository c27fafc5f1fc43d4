/**
 * Streaming, connection status and big data, end to end in headless Chromium:
 * - a Toggle starts a server callback streaming 100 points every 50 ms; the points appear where
 *   they must, and the plot appends to its glyph buffers instead of rebuilding them;
 * - the server dropping the connection shows the status badge, which goes away after the
 *   client reconnected (and the plot keeps following the server);
 * - a 1,000,000-point scatter renders and pans (the server's x_range follows).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Document, Model, ServerSession } from "@dash/server";
import { start, type Running } from "../server/helpers.ts";
import * as stream from "./apps/stream.ts";
import * as big from "./apps/big.ts";
import { TOTAL, y_of } from "./apps/stream.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser } from "./helpers.ts";

const SAVE = process.env.DASH_BROWSER_SHOTS;
const shot_path = (name: string): string | undefined => (SAVE ? `${SAVE}/dash-browser-${name}.png` : undefined);

const browser = use_browser();
let r: Running;

beforeAll(async () => {
  r = await start({ stream, big });
});
afterAll(async () => {
  await r.close();
});

function session(app: string): ServerSession {
  const all = r.server.dash.managers.get(app)!.all();
  return all[all.length - 1]!;
}
function model(doc: Document, name: string): Model & Record<string, unknown> {
  const m = doc.get_model_by_name(name);
  if (m === null) throw new Error(`no model named ${name}`);
  return m as Model & Record<string, unknown>;
}

const GREEN = [0, 128, 0] as const;

describe("streaming and the connection", () => {
  it("streamed points appear, appended to the glyph's buffers; a dropped connection shows the status badge until it reconnects", async () => {
    const w = await browser.new_page();
    await open_app(w, r.url("stream"));
    const client_rows = () => w.page.evaluate(() => {
      type D = { get_model_by_name(n: string): { data: Record<string, ArrayLike<number>> } | null };
      const dash = (window as unknown as { Dash: { embedded: Array<{ document: D }> } }).Dash;
      return dash.embedded[0]!.document.get_model_by_name("stream")!.data["x"]!.length;
    });
    const before = await plot_info(w.page);
    expect(before.glyph_builds).toBe(1);
    await w.page.getByRole("button", { name: "stream" }).click();
    const source = model(session("stream").document, "stream");
    await until(async () => (await client_rows()) === TOTAL, `${TOTAL} rows in the client`);
    expect((source.data as Record<string, ArrayLike<number>>)["x"]!.length).toBe(TOTAL);
    await until(async () => (await plot_info(w.page)).glyph_appends >= 1 && (await plot_info(w.page)).frames > before.frames, "the streamed frames");
    const info = await plot_info(w.page);
    // streams were appended to the existing glyph view, never a rebuild
    expect(info.glyph_builds).toBe(1);
    expect(info.glyph_appends).toBeGreaterThanOrEqual(2);
    const shot = await Shot.take(w.page, shot_path("stream"));
    for (const x of [5, 250, 500, 750, 995]) {
      const p = to_page(info, x, y_of(x));
      expect(shot.count_near(p.x, p.y, GREEN, 2, 50), `streamed point x=${x}`).toBeGreaterThan(10);
    }
    // nothing above the curve's band
    const f = frame_on_page(info);
    expect(shot.count_in({ x: f.x + 2, y: f.y + 2, w: f.w - 4, h: f.h * 0.12 }, GREEN, 50)).toBe(0);

    // a ColumnsPatched moves one point: its row is rewritten in place (no rebuild) and drawn at the new place
    (source as unknown as { patch(p: Record<string, Array<[number, number]>>): void }).patch({ y: [[500, 1.2]] });
    await until(async () => (await plot_info(w.page)).glyph_patches >= 1, "the patch to reach the glyph");
    const patched = await plot_info(w.page);
    expect(patched.glyph_builds).toBe(1);
    await until(async () => {
      const s2 = await Shot.take(w.page);
      const q = to_page(patched, 500, 1.2);
      return s2.count_near(q.x, q.y, GREEN, 2, 50) > 10;
    }, "the patched point at its new place");

    // the server drops the connection: the badge shows, the client reconnects with backoff, the badge hides
    await w.page.evaluate(() => {
      const g = window as unknown as { __states: string[] };
      g.__states = [];
      const el = document.querySelector(".dash-status") as HTMLElement;
      new MutationObserver(() => g.__states.push(`${el.dataset["state"]}:${el.style.display}`)).observe(el, { attributes: true });
    });
    const s = session("stream");
    expect(s.connection_list).toHaveLength(1);
    s.connection_list[0]!.close(1001, "going away");
    const badge = w.page.locator(".dash-status");
    await badge.waitFor({ state: "visible", timeout: 5000 });
    expect(await badge.innerText()).toMatch(/reconnecting/);
    await until(() => s.connection_list.length === 1, "the client to reconnect");
    await badge.waitFor({ state: "hidden", timeout: 10_000 });
    const states = await w.page.evaluate(() => (window as unknown as { __states: string[] }).__states);
    expect(states).toContain("reconnecting:block");
    expect(states[states.length - 1]).toBe("connected:none");
    // the replica follows the server again: a server-side change reaches the page
    model(s.document, "run").active = false;
    source.data = { x: new Float64Array([500]), y: new Float64Array([0]) };
    await until(async () => (await client_rows()) === 1, "the server's change after the reconnect");
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});

describe("big data", () => {
  it("a 1,000,000-point scatter renders and pans", async () => {
    const w = await browser.new_page();
    await open_app(w, r.url("big"), 60_000);
    const info = await plot_info(w.page);
    const shot = await Shot.take(w.page, shot_path("big"));
    // the points fill the data area: most of the frame's middle is glyph-coloured, not white
    const f = frame_on_page(info);
    const mid = { x: f.x + f.w * 0.3, y: f.y + f.h * 0.3, w: f.w * 0.4, h: f.h * 0.4 };
    const blueish = shot.count_in(mid, [31, 119, 180], 110);
    expect(blueish / (mid.w * mid.h)).toBeGreaterThan(0.5);
    const x_range = model(session("big").document, "plot").x_range as Model & { start: number; end: number };
    const c = to_page(info, 50, 50);
    await w.page.mouse.move(c.x, c.y);
    await w.page.mouse.down();
    for (let i = 1; i <= 5; i++) await w.page.mouse.move(c.x + i * 20, c.y);
    await w.page.mouse.up();
    const shift = (100 / info.frame.w) * (info.x_range![1] - info.x_range![0]);
    await until(() => Math.abs(x_range.start - (info.x_range![0] - shift)) < 0.5, `server x_range.start ≈ ${info.x_range![0] - shift} (is ${String(x_range.start)})`, 20_000);
    const after = await plot_info(w.page);
    expect(after.x_range![0]).toBeCloseTo(info.x_range![0] - shift, 1);
    await Shot.take(w.page, shot_path("big-panned"));
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  }, 90_000);
});
