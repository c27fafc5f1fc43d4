/**
 * CDSView filters in Chromium (apps/filtered.ts): each renderer draws only the rows its view
 * keeps; a box selection reports rows of the source (not of the filtered view); hover shows
 * the hovered row's values; a server-side change of the filter redraws.
 */
import { describe, expect, it } from "vitest";
import type { ColumnDataSource, Document, GroupFilter } from "@dash/server";
import * as filtered from "./apps/filtered.ts";
import { ROWS } from "./apps/filtered.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser, use_server } from "./helpers.ts";

const browser = use_browser();
const srv = use_server({ filtered });

const RED: [number, number, number] = [255, 0, 0];
const BLUE: [number, number, number] = [0, 0, 255];
const session = () => srv.session("filtered");
const doc = (): Document => srv.doc("filtered");

describe("CDSView filters", () => {
  it("renderers draw only the rows their views keep; selection and hover speak in the source's rows", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("filtered"));
    const info = await plot_info(w.page);
    const at = (i: number) => to_page(info, ROWS.x[i]!, ROWS.y[i]!);
    let shot = await Shot.take(w.page);
    for (let i = 0; i < 4; i++) {
      const want = ROWS.kind[i] === "a" ? RED : BLUE, other = ROWS.kind[i] === "a" ? BLUE : RED;
      expect(shot.count_near(at(i).x, at(i).y, want, 4), `row ${i}`).toBeGreaterThan(40);
      expect(shot.count_near(at(i).x, at(i).y, other, 4), `row ${i} not drawn by the other renderer`).toBe(0);
    }

    // hover over row 2 (kind a, drawn by the first renderer as its second row)
    await w.page.mouse.move(at(2).x, at(2).y);
    const tip = w.page.locator(".dash-tooltip");
    await until(async () => ((await tip.count()) > 0 && (await tip.first().textContent())?.includes("6")) || undefined, "a tooltip for row 2");
    expect(await tip.first().textContent()).toContain("a");

    // box-select the right half: rows 2 and 3 of the source, whichever renderer drew them
    const f = frame_on_page(info);
    const y = f.y + f.h * 0.3;
    await w.page.mouse.move(f.x + f.w * 0.5, y);
    await w.page.mouse.down();
    await w.page.mouse.move(f.x + f.w * 0.75, f.y + f.h * 0.7, { steps: 4 });
    await w.page.mouse.move(f.x + f.w - 2, f.y + f.h * 0.7, { steps: 4 });
    await w.page.mouse.up();
    const source = doc().get_model_by_name("source") as ColumnDataSource;
    await until(() => ([...source.selected.indices].sort().join(",") === "2,3" ? true : undefined), "the server's selection is rows 2 and 3");

    // the server changes the filter: the first renderer now draws the b rows, the second the a rows
    const filter = find_group_filter(doc());
    await session().lock.run(() => void (filter.group = "b"));
    // (rows 2 and 3 are selected, so they are drawn at full strength, the others faint)
    shot = await until(async () => {
      const s = await Shot.take(w.page);
      return s.count_near(at(3).x, at(3).y, RED, 4) > 40 ? s : undefined;
    }, "red drawn at row 3 (kind b) after the filter change");
    expect(shot.count_near(at(2).x, at(2).y, BLUE, 4)).toBeGreaterThan(40);
    expect(shot.count_near(at(2).x, at(2).y, RED, 4)).toBe(0);
    expect(w.errors).toEqual([]);
    await w.page.context().close();
  });
});

function find_group_filter(d: Document): GroupFilter {
  for (const m of d.models.values()) if (m.type === "GroupFilter") return m as GroupFilter;
  throw new Error("no GroupFilter");
}
