import { describe, expect, it } from "vitest";
import { ITEMS, UNITS } from "../../examples/data_table.ts";
import { frame_of, hex, open_app, plot_box, shot, until, use_browser, use_example } from "./helpers.ts";

const BAR = hex("#3c78b4");
const SELECTED = hex("#e8743b");

describe("examples/data_table.ts in a browser", () => {
  const browser = use_browser();
  const app = use_example("data_table");

  it("editing a cell moves the bar and the server recomputes the total", async () => {
    const { page, errors } = await browser.new_page();
    await open_app(page, app.url);
    const total = page.locator(".dash-div", { hasText: "Total:" });
    const sum = UNITS.reduce((a, b) => a + b, 0);
    await expect(total.textContent()).resolves.toContain(`${sum} units`);
    const rows = page.locator(".dash-table tbody tr");
    await expect(rows.count()).resolves.toBe(ITEMS.length);
    await expect(rows.nth(0).locator("td").nth(1).textContent()).resolves.toBe("120");

    // y range [0, 250]: the North bar (120) does not reach y = 200
    const canvas = await plot_box(page);
    let s = await shot(page, "table-initial");
    const frame = frame_of(s, canvas);
    const north_x = frame.x + frame.w / ITEMS.length / 2;
    const y200 = frame.y + frame.h * (1 - 200 / 250), y100 = frame.y + frame.h * (1 - 100 / 250);
    expect(s.near(north_x, y100, BAR)).toBe(true);
    expect(s.near(north_x, y200, BAR)).toBe(false);

    // double-click, type, Enter
    await rows.nth(0).locator("td").nth(1).dblclick();
    const input = page.locator(".dash-table input");
    await input.fill("230");
    await input.press("Enter");
    await until(async () => ((await total.textContent()) ?? "").includes(`${sum - 120 + 230} units`), "the new total");
    await expect(rows.nth(0).locator("td").nth(1).textContent()).resolves.toBe("230");
    // the double-click also selected the row, so the bar is in the selection colour (#e8743b)
    s = await until(async () => { const sh = await shot(page, "table-edited"); return sh.near(north_x, y200, SELECTED) ? sh : null; }, "the taller North bar");

    // selecting another row highlights its bar instead
    await rows.nth(2).click();
    const east_x = frame.x + (frame.w / ITEMS.length) * 2.5;
    await until(async () => { const sh = await shot(page, "table-selected"); return sh.near(east_x, y100, SELECTED) && !sh.near(north_x, y200, SELECTED); }, "the selected East bar");
    expect(errors).toEqual([]);
  });
});
