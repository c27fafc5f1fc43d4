/**
 * Glyphs group 2 in Chromium (apps/glyphs_group2.ts, one page): HexTile pointytop and flattop,
 * MultiPolygons with a hole, ImageURL from a data: URL, ImageStack through a
 * WeightedStackColorMapper, and a GraphRenderer whose hovered node highlights its linked edges
 * (NodesAndLinkedEdges) and whose tapped node selects them; pixels read back from screenshots.
 */
import { describe, expect, it } from "vitest";
import type { ColumnDataSource, Document } from "@dash/server";
import * as glyphs_group2 from "./apps/glyphs_group2.ts";
import { LAYOUT } from "./apps/glyphs_group2.ts";
import { Shot, open_app, plot_info, to_page, until, use_browser, use_server, type PlotInfo } from "./helpers.ts";

const browser = use_browser();
const srv = use_server({ glyphs_group2 });

type RGB = readonly [number, number, number];
const RED: RGB = [255, 0, 0], BLUE: RGB = [0, 0, 255], GREEN: RGB = [0, 160, 0], GREY: RGB = [128, 128, 128], ORANGE: RGB = [255, 128, 0];
const S3 = Math.sqrt(3);

describe("glyphs group 2", () => {
  it("draws HexTile, MultiPolygons, ImageURL, ImageStack and a graph whose hovered node highlights its edges", async () => {
    const w = await browser.new_page();
    await open_app(w, srv.url("glyphs_group2"), 60_000);
    const plots: PlotInfo[] = [];
    for (let i = 0; i < 6; i++) plots.push(await plot_info(w.page, i));
    const [hex, flat, poly, url, stack, graph] = plots as [PlotInfo, PlotInfo, PlotInfo, PlotInfo, PlotInfo, PlotInfo];
    expect([hex, flat, poly, url, stack, graph].map((p) => p.texts.find((t) => /^(HexTile|MultiPolygons|ImageURL|ImageStack|Graph)/.test(t)))).toEqual(
      ["HexTile", "HexTile flattop", "MultiPolygons", "ImageURL", "ImageStack", "Graph"]);
    const at = (s: Shot, p: PlotInfo, x: number, y: number, rgb: RGB, r = 2) => { const q = to_page(p, x, y); return s.count_near(q.x, q.y, rgb, r, 30); };
    const FULL = 25; // every pixel of a 5x5 patch

    // the data: image arrives after the first frame
    const shot = await until(async () => { const s = await Shot.take(w.page); return at(s, url, 2, 2, GREEN) === FULL ? s : undefined; }, "the ImageURL drawn");

    // HexTile pointytop (q, 0) at x = sqrt(3) q: red, blue, red; nothing above the top vertex (y = 1)
    expect([0, 1, 2].map((q) => [at(shot, hex, S3 * q, 0, RED), at(shot, hex, S3 * q, 0, BLUE)])).toEqual([[FULL, 0], [0, FULL], [FULL, 0]]);
    expect(at(shot, hex, 0, 0.9, RED)).toBeGreaterThan(0);
    expect(at(shot, hex, 0, 1.15, RED)).toBe(0);
    // between two pointytop hexes' side edges there is no gap: x = sqrt(3)/2 is covered
    expect(at(shot, hex, S3 / 2, 0, [255, 255, 255], 3)).toBe(0);
    // flattop (0, 0) at x = 0 and (2, -1) at x = 3; a flattop hex is 2 wide and sqrt(3) tall
    expect([at(shot, flat, 0, 0, BLUE), at(shot, flat, 3, 0, BLUE), at(shot, flat, 0.7, 0, BLUE), at(shot, flat, 0, 0.6, BLUE)]).toEqual([FULL, FULL, FULL, FULL]);
    expect(at(shot, flat, 0, 1, BLUE)).toBe(0);
    expect(at(shot, flat, 1.5, 0, BLUE)).toBe(0);

    // MultiPolygons: the square's ring is blue, its hole is not; the second item's two squares are red
    expect(at(shot, poly, 1.5, 5, BLUE)).toBe(FULL);
    expect(at(shot, poly, 5, 5, BLUE)).toBe(0);
    expect(at(shot, poly, 5, 5, [255, 255, 255])).toBe(FULL);
    expect([at(shot, poly, 16, 2, RED), at(shot, poly, 22, 8, RED), at(shot, poly, 19, 2, RED)]).toEqual([FULL, FULL, 0]);

    // ImageURL: centred on (2, 2) over 2x2 data units; the second at its own 20 px size centred on (7, 7)
    expect(at(shot, url, 1.2, 1.2, GREEN)).toBe(FULL);
    expect(at(shot, url, 3.4, 2, GREEN)).toBe(0);
    const c = to_page(url, 7, 7);
    expect([shot.count_near(c.x + 7, c.y - 7, GREEN, 1, 30), shot.count_near(c.x + 13, c.y, GREEN, 1, 30)]).toEqual([9, 0]);

    // ImageStack: pixel 0 all red with total 1 -> alpha 0x66 over white; pixel 1 all blue with total 2 -> opaque
    expect(at(shot, stack, 0.5, 0.5, [255, 153, 153], 2)).toBe(FULL);
    expect(at(shot, stack, 1.5, 0.5, BLUE)).toBe(FULL);

    // Graph: nodes at the layout's positions, grey edges 0-1, 0-2, 2-3
    const node = (i: number) => LAYOUT[i]!;
    for (let i = 0; i < 4; i++) expect(at(shot, graph, node(i)[0], node(i)[1], BLUE), `node ${i}`).toBe(FULL);
    const mid = (a: number, b: number): [number, number] => [(node(a)[0] + node(b)[0]) / 2, (node(a)[1] + node(b)[1]) / 2];
    for (const [a, b] of [[0, 1], [0, 2], [2, 3]] as const) expect(at(shot, graph, ...mid(a, b), GREY, 1), `edge ${a}-${b}`).toBeGreaterThan(0);

    // hovering node 0 draws it with the node hover_glyph and its edges (0-1, 0-2) with the edge hover_glyph
    const p0 = to_page(graph, 0, 0);
    await w.page.mouse.move(p0.x, p0.y);
    const hovered = await until(async () => { const s = await Shot.take(w.page); return at(s, graph, ...mid(0, 1), ORANGE, 1) > 0 ? s : undefined; }, "edge 0-1 highlighted");
    expect(at(hovered, graph, ...mid(0, 2), ORANGE, 2)).toBeGreaterThan(10); // 6 px wide
    expect(at(hovered, graph, ...mid(2, 3), ORANGE, 2)).toBe(0);
    expect(at(hovered, graph, ...mid(2, 3), GREY, 1)).toBeGreaterThan(0);
    expect(at(hovered, graph, 0, 0, RED)).toBe(FULL);
    expect(at(hovered, graph, 4, 4, BLUE)).toBe(FULL);
    expect(await w.page.locator(".dash-tooltip").evaluateAll((els) => els.filter((e) => (e as HTMLElement).style.display !== "none").length)).toBe(0); // tooltips=None

    // leaving the node restores the edges
    const away = to_page(graph, 2, 2);
    await w.page.mouse.move(away.x, away.y);
    await until(async () => { const s = await Shot.take(w.page); return at(s, graph, ...mid(0, 1), ORANGE, 1) === 0 && at(s, graph, 0, 0, BLUE) === FULL ? true : undefined; }, "the hover highlight cleared");

    // tapping node 3 selects it and, by the NodesAndLinkedEdges selection policy, its edge 2-3, on the server
    const p3 = to_page(graph, 4, 4);
    await w.page.mouse.click(p3.x, p3.y);
    const doc = (): Document => srv.doc("glyphs_group2");
    const sel = (name: string) => [...(doc().get_model_by_name(name) as ColumnDataSource).selected.indices].join(",");
    await until(() => (sel("nodes") === "3" && sel("edges") === "2" ? true : undefined), "node 3 and edge 2-3 selected on the server", 20_000).catch((e) => { throw new Error(`${String(e)}: nodes [${sel("nodes")}] edges [${sel("edges")}] ${w.console.join("\n")}`); });
    expect(w.errors).toEqual([]);
  }, 90_000);
});
