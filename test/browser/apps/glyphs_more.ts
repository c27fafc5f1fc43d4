/**
 * Browser test app for issue 14's glyphs and annotations (group 1): one document, three plots on
 * 0..10 ranges. Each item has its own colour at known data positions (exported for the test).
 *   plot 0 "shapes": Ellipse, Ngon, Annulus, AnnularWedge (degrees), Arc, Bezier, Quadratic, Block; HoverTool.
 *   plot 1 "areas": VAreaStep ("after"), HAreaStep ("before"), HSpan, VSpan, HStrip, VStrip; HoverTool.
 *   plot 2 "annotations": Band, Whisker (TeeHeads), Arrows with each head, ScaleBar.
 */
import {
  figure, column, ColumnDataSource, Range1d, HoverTool, Band, Whisker, Arrow, OpenHead, NormalHead, VeeHead, TeeHead, ScaleBar,
  type Document, type Figure,
} from "@dash/server";

export const C = {
  ellipse: "#ff0000", ngon: "#00aa00", annulus: "#0000ff", annular_wedge: "#ff8800", arc: "#aa00aa", bezier: "#008888",
  quadratic: "#884400", block: "#ffcc00",
  varea_step: "#cc0000", harea_step: "#0000cc", hspan: "#0088ff", vspan: "#00aa00", hstrip: "#ff00ff", vstrip: "#00cccc",
  band: "#00cc00", whisker: "#ff0000", arrow: "#0000ff",
} as const;

/** Arrow heads, one arrow per head, from x = 1 to x = 4 at these y (end head at x = 4). */
export const ARROWS = { OpenHead: 6, NormalHead: 7, VeeHead: 8, TeeHead: 9 } as const;
export const HEAD_SIZE = 14;

/** A source of numeric columns plus a `name` column (what the hover tooltips show). */
function src(name: string, data: Record<string, number[]>): ColumnDataSource {
  const n = Object.values(data)[0]!.length;
  return new ColumnDataSource({ data: { ...Object.fromEntries(Object.entries(data).map(([k, v]) => [k, new Float64Array(v)])), name: Array.from({ length: n }, (_, i) => `${name}${n > 1 ? i : ""}`) } });
}

function plot(name: string, height = 400): Figure {
  return figure({
    name, width: 400, height, tools: "", toolbar_location: null,
    x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }),
  });
}

export default function app(doc: Document): void {
  const a = plot("shapes");
  const line = { line_color: null } as const;
  a.ellipse({ x: "x", y: "y", width: "w", height: "h", source: src("ellipse", { x: [2], y: [8], w: [3], h: [1.5] }), fill_color: C.ellipse, ...line });
  a.ngon({ x: "x", y: "y", radius: 1, n: "n", source: src("ngon", { x: [5], y: [8], n: [6] }), fill_color: C.ngon, ...line });
  a.annulus({ x: "x", y: "y", inner_radius: 0.4, outer_radius: 1, source: src("annulus", { x: [8], y: [8] }), fill_color: C.annulus, ...line });
  a.annular_wedge({
    x: "x", y: "y", inner_radius: 0.3, outer_radius: 1.2, start_angle: { value: 0, units: "deg" }, end_angle: { value: 90, units: "deg" },
    source: src("annular_wedge", { x: [2], y: [5] }), fill_color: C.annular_wedge, ...line,
  });
  a.arc({ x: "x", y: "y", radius: 1, start_angle: 0, end_angle: Math.PI, source: src("arc", { x: [5], y: [5] }), line_color: C.arc, line_width: 3 });
  a.bezier({
    x0: "x0", y0: "y0", x1: "x1", y1: "y1", cx0: "cx0", cy0: "cy0", cx1: "cx1", cy1: "cy1",
    source: src("bezier", { x0: [7], y0: [4], x1: [9.5], y1: [4], cx0: [7], cy0: [6], cx1: [9.5], cy1: [6] }), line_color: C.bezier, line_width: 3,
  });
  a.quadratic({ x0: "x0", y0: "y0", x1: "x1", y1: "y1", cx: "cx", cy: "cy", source: src("quadratic", { x0: [1], y0: [1], x1: [4], y1: [1], cx: [2.5], cy: [3] }), line_color: C.quadratic, line_width: 3 });
  a.block({ x: "x", y: "y", width: 1.5, height: 1.5, source: src("block", { x: [5.5], y: [1] }), fill_color: C.block, ...line });
  a.add_tools(new HoverTool({ tooltips: [["name", "@name"]] }));

  const b = plot("areas");
  b.varea_step({ x: "x", y1: "y1", y2: "y2", step_mode: "after", source: src("varea_step", { x: [0.5, 1.5, 2.5, 3.5], y1: [0.5, 0.5, 0.5, 0.5], y2: [2, 4, 3, 3] }), fill_color: C.varea_step });
  b.harea_step({ y: "y", x1: "x1", x2: "x2", step_mode: "before", source: src("harea_step", { y: [5.5, 6.5, 7.5, 8.5], x1: [0.5, 0.5, 0.5, 0.5], x2: [2, 4, 3, 3] }), fill_color: C.harea_step });
  b.hspan({ y: "y", source: src("hspan", { y: [5] }), line_color: C.hspan, line_width: 3 });
  b.vspan({ x: "x", source: src("vspan", { x: [6] }), line_color: C.vspan, line_width: 3 });
  b.hstrip({ y0: "y0", y1: "y1", source: src("hstrip", { y0: [9.2], y1: [9.8] }), fill_color: C.hstrip, line_color: null });
  b.vstrip({ x0: "x0", x1: "x1", source: src("vstrip", { x0: [9.2], x1: [9.8] }), fill_color: C.vstrip, line_color: null });
  b.add_tools(new HoverTool({ tooltips: [["name", "@name"]] }));

  const c = plot("annotations");
  c.add_layout(new Band({
    source: new ColumnDataSource({ data: { base: new Float64Array([1, 2, 3, 4, 5]), lower: new Float64Array([1, 1.5, 2, 1.5, 1]), upper: new Float64Array([3, 3.5, 4, 3.5, 3]) } }),
    fill_color: C.band, fill_alpha: 1,
  }));
  const tee = () => new TeeHead({ size: 12, line_color: C.whisker, line_width: 2 });
  c.add_layout(new Whisker({
    source: new ColumnDataSource({ data: { base: new Float64Array([7, 8, 9]), lower: new Float64Array([1, 1.5, 2]), upper: new Float64Array([3, 3.5, 4]) } }),
    line_color: C.whisker, line_width: 2, lower_head: tee(), upper_head: tee(),
  }));
  const heads = { OpenHead, NormalHead, VeeHead, TeeHead } as const;
  for (const [name, y] of Object.entries(ARROWS)) {
    const Head = heads[name as keyof typeof heads];
    const end = new Head({ size: HEAD_SIZE, line_color: C.arrow, line_width: 2, ...(name === "NormalHead" || name === "VeeHead" ? { fill_color: C.arrow } : {}) });
    c.add_layout(new Arrow({ x_start: 1, y_start: y, x_end: 4, y_end: y, end, line_color: C.arrow, line_width: 2 }));
  }
  c.add_layout(new ScaleBar({ location: "bottom_right" }));
  doc.add_root(column(a, b, c));
}
