/**
 * Interactive legends in Chromium (apps/legend.ts): with click_policy "hide" a click on an
 * item hides its renderer (the server's renderer.visible follows, as with BokehJS) and greys
 * the item out; a second click shows it again. With "mute" the renderer is drawn faint.
 */
import { describe, expect, it } from "vitest";
import type { Document, GlyphRenderer, Legend } from "@dash/server";
import * as legend from "./apps/legend.ts";
import { POINTS } from "./apps/legend.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser, use_server } from "./helpers.ts";

const SAVE = process.env.DASH_BROWSER_SHOTS; // e.g. /tmp: save screenshots to look at
const browser = use_browser();
const srv = use_server({ legend });

const server_doc = (): Document => srv.doc("legend");
const RED: [number, number, number] = [255, 0, 0];

describe("interactive legend", () => {
  it("a click hides the item's renderer (synced to the server) and greys the item; mute draws it faint", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("legend"));
    const info = await plot_info(w.page);
    const f = frame_on_page(info);
    const red_at = to_page(info, POINTS.red.x, POINTS.red.y);
    const legend_box = { x: f.x, y: f.y, w: f.w * 0.4, h: f.h * 0.3 };
    let shot = await Shot.take(w.page);
    expect(shot.count_near(red_at.x, red_at.y, RED, 5)).toBeGreaterThan(60);
    const icon = shot.centroid_in(legend_box, RED);
    expect(icon).not.toBeNull();
    const ink_before = shot.count_in(legend_box, RED, 10);

    const red = server_doc().get_model_by_name("red") as GlyphRenderer;
    await w.page.mouse.click(icon!.x, icon!.y);
    await until(() => red.visible === false || undefined, "the server's renderer is hidden");
    shot = await until(async () => {
      const s = await Shot.take(w.page, SAVE ? `${SAVE}/dash-legend-hidden.png` : undefined);
      return s.count_near(red_at.x, red_at.y, RED, 5) === 0 ? s : undefined;
    }, "the red point disappears");
    // the item is greyed: its icon is no longer pure red
    expect(shot.count_in(legend_box, RED, 10)).toBeLessThan(ink_before / 2);
    expect(shot.count_near(to_page(info, POINTS.blue.x, POINTS.blue.y).x, red_at.y, [0, 0, 255], 5)).toBeGreaterThan(60);

    await w.page.mouse.click(icon!.x, icon!.y);
    await until(() => red.visible === true || undefined, "shown again on the server");
    await until(async () => (await Shot.take(w.page)).count_near(red_at.x, red_at.y, RED, 5) > 60 || undefined, "the red point is back");

    // mute: the server switches the policy; a click mutes, the point is drawn faint (not pure red, not white)
    const lg = server_doc().get_model_by_name("legend") as Legend;
    const session = srv.session("legend");
    await session.lock.run(() => void (lg.click_policy = "mute"));
    await until(async () => (await plot_info(w.page)).legend_items.every((i) => i.policy === "mute") || undefined, "the page's legend is drawn with the new policy");
    await w.page.mouse.click(icon!.x, icon!.y);
    await until(() => red.muted === true || undefined, "a click mutes the renderer on the server");
    await until(async () => {
      const [rr, g, b] = (await Shot.take(w.page, SAVE ? `${SAVE}/dash-legend-muted.png` : undefined)).rgb(red_at.x, red_at.y);
      return rr > 200 && g > 150 && g < 235 && b > 150 && b < 235 || undefined;
    }, "the muted point is faint red");
    expect(red.visible).toBe(true);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});
