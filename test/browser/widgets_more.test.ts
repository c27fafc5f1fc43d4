/**
 * The widgets of issue 14 in headless Chromium, one page of one document (apps/widgets_more.ts):
 * each is typed into, picked, dragged or clicked as a user would, and the server's model must
 * get the value BokehJS would send; a file chosen in a FileInput reaches the server as base64
 * with its name and MIME type.
 */
import { describe, expect, it } from "vitest";
import type { Model } from "@dash/server";
import * as widgets_more from "./apps/widgets_more.ts";
import { DAY, T0 } from "./apps/widgets_more.ts";
import { Shot, open_app, until, use_browser, use_server, type WatchedPage } from "./helpers.ts";

// a small message limit, so that the too-big upload below stays small
const MAX_MESSAGE = 256 * 1024;
const server = use_server({ widgets_more }, { websocket_max_message_size: MAX_MESSAGE });
const browser = use_browser();

const model = (name: string): Model => {
  const m = server.doc("widgets_more").get_model_by_name(name);
  if (m === null) throw new Error(`no model named ${name}`);
  return m;
};
const value_of = (name: string, attr = "value"): unknown => model(name)._v[attr];
const el = (w: WatchedPage, name: string, css = "") => w.page.locator(`[data-id="${model(name).id}"] ${css}`.trim());
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const server_has = (name: string, want: unknown, attr = "value") => until(() => same(value_of(name, attr), want), `${name}.${attr} = ${JSON.stringify(want)} on the server`);

describe("issue 14 widgets", () => {
  it("each widget sends what the user typed, picked, dragged or uploaded; containers show and toggle their children", async () => {
    const w = await browser.new_page({ viewport: { width: 900, height: 800 } });
    await open_app(w, server.url("widgets_more"));

    // AutocompleteInput: typing past min_characters opens the case-insensitive matches; ArrowDown + Enter picks the second
    const auto = el(w, "auto", "input");
    await auto.click();
    await auto.pressSequentially("at");
    const items = el(w, "auto", ".dash-completions li");
    await until(async () => same(await items.allTextContents(), ["Athens", "athens (GA)"]), "the completions menu");
    await auto.press("ArrowDown");
    await auto.press("Enter");
    await server_has("auto", "athens (GA)");
    expect(await items.first().isVisible()).toBe(false);
    // one character is below min_characters: no menu
    await auto.fill("");
    await auto.pressSequentially("B");
    expect(await el(w, "auto", ".dash-completions").isVisible()).toBe(false);

    // PasswordInput: a masked input whose value reaches the server on change
    const pw = el(w, "password", "input");
    expect(await pw.getAttribute("type")).toBe("password");
    await pw.fill("hunter2");
    await pw.press("Enter");
    await pw.blur();
    await server_has("password", "hunter2");

    // ColorPicker: the picked colour is the model's color, and the swatch shows it
    const color = el(w, "color", "input");
    await color.fill("#00ff00");
    await server_has("color", "#00ff00", "color");
    const box = (await color.boundingBox())!;
    const shot = await Shot.take(w.page);
    expect(shot.count_near(box.x + box.width / 2, box.y + box.height / 2, [0, 255, 0], 3, 30)).toBeGreaterThan(20);

    // date, datetime, time, range and multiple-date pickers write BokehJS's string forms
    await el(w, "date", "input").fill("2024-03-04");
    await server_has("date", "2024-03-04");
    await el(w, "datetime", "input").fill("2024-02-01T08:45");
    await server_has("datetime", "2024-02-01 08:45");
    await el(w, "time", "input").fill("13:20");
    await server_has("time", "13:20");
    const [from, to] = [el(w, "date_range", "input").nth(0), el(w, "date_range", "input").nth(1)];
    await to.fill("2024-01-20");
    await from.fill("2024-01-10");
    await server_has("date_range", ["2024-01-10", "2024-01-20"]);
    await el(w, "dates", "input").fill("2024-01-07");
    await server_has("dates", ["2024-01-03", "2024-01-07"]);
    await el(w, "dates", ".dash-tag button").first().click();
    await server_has("dates", ["2024-01-07"]);

    // DateRangeSlider: drag the right handle (step: 1 day) to the track's right end
    const drs_track = (await el(w, "drs", ".dash-slider-track").boundingBox())!;
    const handle_x = drs_track.x + 8 + (drs_track.width - 16) * 0.3; // value[1] = start + 3 of 10 days
    const mid_y = drs_track.y + 5; // the handles sit on the 6 px bar, 2 px below the track top
    await w.page.mouse.move(handle_x, mid_y);
    await w.page.mouse.down();
    await w.page.mouse.move(handle_x + 40, mid_y, { steps: 4 });
    await w.page.mouse.move(drs_track.x + drs_track.width + 20, mid_y, { steps: 4 });
    await w.page.mouse.up();
    await server_has("drs", [T0 + DAY, T0 + 10 * DAY]);
    await server_has("drs", [T0 + DAY, T0 + 10 * DAY], "value_throttled");
    expect(await el(w, "drs", ".dash-slider-value").textContent()).toBe("02 Jan 2024 .. 11 Jan 2024");

    // DatetimeRangeSlider: its step is in ms (1 hour by default), not days
    const dt_left = el(w, "dtrs", "input[type=range]").first();
    await dt_left.focus();
    await dt_left.press("ArrowRight");
    await server_has("dtrs", [T0 + 3_600_000, T0 + 6 * 3_600_000]);

    // CategoricalSlider: a click at the track's end picks the last category
    const cat_track = (await el(w, "cat", ".dash-slider-track").boundingBox())!;
    await w.page.mouse.click(cat_track.x + cat_track.width - 4, cat_track.y + 10);
    await server_has("cat", "XL");
    expect(await el(w, "cat", ".dash-slider-value").textContent()).toBe("XL");

    // FileInput: the chosen file's base64 contents, name and MIME type reach the server
    const file = el(w, "file", "input[type=file]");
    expect(await file.getAttribute("accept")).toBe(".csv,text/plain");
    const csv = "a,b\n1,2\n3,4\n";
    await file.setInputFiles({ name: "data.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await until(() => typeof value_of("file") === "string" && value_of("file") !== "", "the file's value on the server");
    expect(Buffer.from(value_of("file") as string, "base64").toString()).toBe(csv);
    expect(value_of("file", "filename")).toBe("data.csv");
    expect(value_of("file", "mime_type")).toBe("text/csv");
    // a file over the server's message limit is refused in the page with a clear error; nothing is
    // sent, so the connection (used by every step below) stays up
    await file.setInputFiles({ name: "huge.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(MAX_MESSAGE) });
    const error = el(w, "file", "[role=alert]");
    await until(async () => (await error.textContent())?.includes("huge.bin is too big to send") === true, "the too-big error");
    expect(await error.textContent()).toContain("accepts messages up to 256 kB");
    expect(value_of("file", "filename")).toBe("data.csv");

    // HelpButton: hovering shows its Tooltip beside it (and the server sees the tooltip visible); leaving hides it
    await el(w, "help", "button").hover();
    const tip = w.page.locator(".dash-ui-tooltip");
    await until(async () => (await tip.isVisible()) && (await tip.textContent())?.includes("Help text for the form") === true, "the help tooltip");
    await server_has("tip", true, "visible");
    const b = (await el(w, "help", "button").boundingBox())!, t = (await tip.boundingBox())!;
    expect(t.x).toBeGreaterThan(b.x + b.width - 1);
    await w.page.mouse.move(5, 790);
    await until(async () => !(await tip.isVisible()), "the tooltip hidden");
    await server_has("tip", false, "visible");

    // GroupBox (checkable): unchecking disables the group and its child input
    await el(w, "group", "legend input[type=checkbox]").uncheck();
    await server_has("group", true, "disabled");
    expect(await el(w, "inner", "input").isDisabled()).toBe(true);

    // ScrollBox: a tall child scrolls inside the box's 120 px
    const scroll = el(w, "scroll");
    const sizes = await scroll.evaluate((e) => { e.scrollTop = 10_000; return { client: e.clientHeight, full: e.scrollHeight, top: e.scrollTop }; });
    expect(sizes.client).toBeLessThanOrEqual(120);
    expect(sizes.full).toBeGreaterThan(400);
    expect(sizes.top).toBeGreaterThan(200);

    // Dialog: open with its title and content; the close button hides it (visible = false on the server)
    const dialog = el(w, "dialog");
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.locator(".dash-dialog-title").textContent()).toContain("A dialog");
    expect(await dialog.locator(".dash-dialog-body .dash-div").textContent()).toContain("Dialog content");
    await dialog.locator(".dash-dialog-title button").click();
    await server_has("dialog", false, "visible");
    expect(await dialog.isVisible()).toBe(false);

    // a document without math text never loads the math chunk
    expect(await w.page.evaluate(() => performance.getEntriesByType("resource").some((e) => e.name.includes("dash-math.js")))).toBe(false);
    expect(w.errors, w.console.join("\n")).toEqual([]);
  });
});
