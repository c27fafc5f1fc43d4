/**
 * Math text and the JavaScript formatters in headless Chromium, one page (apps/math_formatters.ts):
 * the TeX title, TeX x axis label and MathML y axis label are drawn (pixels where each goes,
 * never their source text), MathJax arrives as a separate chunk only for a document with math;
 * PrintfTickFormatter and CustomJSTickFormatter label the ticks, CustomJSFilter and
 * CustomJSTransform decide which points are drawn where, and CustomJSHover formats the tooltip.
 */
import { describe, expect, it } from "vitest";
import * as math_formatters from "./apps/math_formatters.ts";
import { Shot, frame_on_page, open_app, plot_info, to_page, until, use_browser, use_server, type Rect } from "./helpers.ts";

const server = use_server({ math_formatters });
const browser = use_browser();
const RED = [255, 0, 0] as const;
const INK = [68, 68, 68] as const; // #444, the default title and axis label colour

describe("math labels and JavaScript formatters", () => {
  it("draws TeX/MathML labels from the lazily loaded math chunk and runs the app's formatter, filter, transform and hover code", async () => {
    const w = await browser.new_page({ viewport: { width: 700, height: 700 } });
    await open_app(w, server.url("math_formatters"));
    const info = await plot_info(w.page);
    const f = frame_on_page(info);
    const title: Rect = { x: f.x + 2, y: info.canvas.y, w: f.w - 4, h: f.y - info.canvas.y - 8 };
    const x_label: Rect = { x: f.x, y: f.y + f.h + 24, w: f.w, h: info.canvas.y + info.canvas.h - (f.y + f.h + 24) };
    const y_label: Rect = { x: info.canvas.x, y: f.y, w: 14, h: f.h };
    // the math is drawn once its chunk and images are ready (the plot lays out again then)
    const shot = await until(async () => {
      const s = await Shot.take(w.page);
      return s.count_in(title, INK, 70) > 40 && s.count_in(x_label, INK, 70) > 80 && s.count_in(y_label, INK, 90) > 5 ? s : null;
    }, "the title and both axis labels drawn as math");
    // the formula, not its source: no text object holds the TeX or MathML
    const after = await plot_info(w.page);
    expect(after.texts.some((t) => t.includes("$$") || t.includes("<math") || t.includes("\\int"))).toBe(false);
    // the integral sign is taller than a line of text: the x label's ink spans > 30 px vertically
    const ink_rows = new Set<number>();
    for (let y = Math.ceil(x_label.y); y < x_label.y + x_label.h; y++) for (let x = Math.ceil(x_label.x); x < x_label.x + x_label.w; x += 2) if (shot.count_near(x, y, INK, 0, 70) > 0) ink_rows.add(y);
    expect(ink_rows.size).toBeGreaterThan(30);
    const chunks = await w.page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => n.includes("dash-math.js")));
    expect(chunks).toHaveLength(1);

    // PrintfTickFormatter (x) and CustomJSTickFormatter (y) label the ticks
    expect(after.texts).toEqual(expect.arrayContaining(["0.0 u", "2.0 u", "10.0 u", "0pct", "40pct", "100pct"]));

    // CustomJSFilter keeps x < 6; CustomJSTransform doubles y (y = x / 2 * 2 = x)
    const at = (x: number, y: number) => { const p = to_page(after, x, y); return shot.count_near(p.x, p.y, RED, 2, 60); };
    for (const x of [1, 3, 5]) expect(at(x, x), `point ${x} on the doubled line`).toBeGreaterThan(10);
    for (const x of [2, 4]) expect(at(x, x / 2), `point ${x} where the untransformed y was`).toBe(0);
    for (const x of [7, 8, 9]) expect(at(x, x), `filtered point ${x}`).toBe(0);

    // CustomJSHover formats @x in the tooltip
    const p3 = to_page(after, 3, 3);
    await w.page.mouse.move(p3.x, p3.y);
    await until(async () => (await w.page.locator(".dash-tooltip").textContent())?.includes("x is 300!") === true, "the CustomJSHover text in the tooltip");
    expect(w.errors, w.console.join("\n")).toEqual([]);
  });
});
