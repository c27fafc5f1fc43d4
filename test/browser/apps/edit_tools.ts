/**
 * Browser test app: one document with a plot per tool group (tests/browser/edit_tools.test.ts).
 * Every plot has fixed 0..10 ranges so data maps to known pixels.
 */
import {
  figure, row, column, ColumnDataSource, Range1d, type Document, type Figure, type GlyphRenderer,
  PointDrawTool, BoxEditTool, PolyDrawTool, PolyEditTool, FreehandDrawTool, LineEditTool, RangeTool,
  UndoTool, RedoTool, ZoomInTool, ZoomOutTool, CopyTool, FullscreenTool, WheelPanTool, PolySelectTool, PanTool, ResetTool, HelpTool,
} from "@dash/server";

const f64 = (...v: number[]) => new Float64Array(v);

function plot(name: string, title: string): Figure {
  return figure({
    name, title, width: 300, height: 260, tools: "", toolbar_location: "right",
    x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }),
  });
}

export default function app(doc: Document): void {
  // PointDrawTool: tap adds a row (label column padded with empty_value), drag moves, Backspace deletes
  const p1 = plot("point", "point draw");
  const points = new ColumnDataSource({ name: "points", data: { x: f64(2), y: f64(2), label: ["a"], kind: [1] } });
  const pr = p1.scatter({ x: "x", y: "y", source: points, size: 14, color: "red" }) as GlyphRenderer;
  const pdt = new PointDrawTool({ renderers: [pr], default_overrides: { label: "new" }, num_objects: 3 });
  p1.add_tools(pdt);
  p1.toolbar.active_multi = pdt;

  // BoxEditTool on rects: shift-drag draws a box, drag moves it
  const p2 = plot("box", "box edit");
  const boxes = new ColumnDataSource({ name: "boxes", data: { x: f64(2), y: f64(8), width: f64(2), height: f64(2) } });
  const br = p2.rect({ x: "x", y: "y", width: "width", height: "height", source: boxes, color: "blue" }) as GlyphRenderer;
  const bet = new BoxEditTool({ renderers: [br] });
  p2.add_tools(bet);
  p2.toolbar.active_multi = bet;

  // PolyDrawTool: press starts, taps add vertices, press ends; vertices shown in a scatter
  const p3 = plot("polydraw", "poly draw");
  const polys = new ColumnDataSource({ name: "polys", data: { xs: [], ys: [] } });
  const vdraw = new ColumnDataSource({ name: "vdraw", data: { x: [], y: [] } });
  const ppr = p3.patches({ xs: "xs", ys: "ys", source: polys, fill_color: "green", line_color: "green" }) as GlyphRenderer;
  const vdr = p3.scatter({ x: "x", y: "y", source: vdraw, size: 8, color: "black" }) as GlyphRenderer;
  const pdraw = new PolyDrawTool({ renderers: [ppr], vertex_renderer: vdr });
  p3.add_tools(pdraw);
  p3.toolbar.active_multi = pdraw;

  // PolyEditTool: press on the triangle shows its vertices; dragging one moves it
  const p4 = plot("polyedit", "poly edit");
  const tri = new ColumnDataSource({ name: "tri", data: { xs: [[2, 8, 5]], ys: [[2, 2, 8]] } });
  const vedit = new ColumnDataSource({ name: "vedit", data: { x: [], y: [] } });
  const ter = p4.patches({ xs: "xs", ys: "ys", source: tri, fill_color: "orange", line_color: "orange" }) as GlyphRenderer;
  const ver = p4.scatter({ x: "x", y: "y", source: vedit, size: 12, color: "black" }) as GlyphRenderer;
  const pedit = new PolyEditTool({ renderers: [ter], vertex_renderer: ver });
  p4.add_tools(pedit);
  p4.toolbar.active_multi = pedit;

  // FreehandDrawTool: a drag draws a line
  const p5 = plot("freehand", "freehand");
  const strokes = new ColumnDataSource({ name: "strokes", data: { xs: [], ys: [] } });
  const fr = p5.multi_line({ xs: "xs", ys: "ys", source: strokes, line_color: "purple", line_width: 4 }) as GlyphRenderer;
  const fdt = new FreehandDrawTool({ renderers: [fr] });
  p5.add_tools(fdt);
  p5.toolbar.active_multi = fdt;

  // LineEditTool: press on the line shows its points; a drag moves one (y only)
  const p6 = plot("lineedit", "line edit");
  const line = new ColumnDataSource({ name: "line", data: { x: f64(1, 5, 9), y: f64(5, 5, 5) } });
  const inter = new ColumnDataSource({ name: "inter", data: { x: [], y: [] } });
  const lr = p6.line({ x: "x", y: "y", source: line, line_color: "teal", line_width: 4 }) as GlyphRenderer;
  const ir = p6.scatter({ x: "x", y: "y", source: inter, size: 12, color: "black" }) as GlyphRenderer;
  const let_ = new LineEditTool({ renderers: [lr], intersection_renderer: ir, dimensions: "height" });
  p6.add_tools(let_);
  p6.toolbar.active_multi = let_;

  // RangeTool: the box on "select" drags "main"'s x_range
  const main = plot("main", "range main");
  main.scatter({ x: "x", y: "y", source: new ColumnDataSource({ data: { x: f64(1, 3, 5, 9), y: f64(5, 5, 5, 5) } }), size: 10, color: "navy" });
  main.x_range = new Range1d({ name: "main_x", start: 2, end: 4 });
  const sel = plot("select", "range select");
  sel.scatter({ x: "x", y: "y", source: new ColumnDataSource({ data: { x: f64(1, 5, 9), y: f64(5, 5, 5) } }), size: 10, color: "navy" });
  sel.add_tools(new RangeTool({ x_range: main.x_range }));

  // navigation: wheel pan, zoom buttons, undo/redo, poly select, copy, fullscreen, help; grey logo
  const nav = plot("nav", "nav");
  const dots = new ColumnDataSource({ name: "dots", data: { x: f64(3, 5, 7), y: f64(3, 5, 7) } });
  nav.scatter({ x: "x", y: "y", source: dots, size: 12, color: "red" });
  const wheel = new WheelPanTool({ dimension: "width" });
  const poly_select = new PolySelectTool();
  nav.add_tools(new PanTool(), wheel, new ZoomInTool(), new ZoomOutTool(), new UndoTool(), new RedoTool(), poly_select, new CopyTool(), new FullscreenTool(), new ResetTool(), new HelpTool());
  nav.toolbar.active_scroll = wheel;
  nav.toolbar.active_tap = poly_select;
  nav.toolbar.logo = "grey";

  doc.add_root(column(row(p1, p2, p3), row(p4, p5, p6), row(main, sel, nav)));
}
