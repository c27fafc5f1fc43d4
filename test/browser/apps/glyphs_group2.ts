/**
 * Browser test app (glyphs group 2): one document with HexTile (pointytop and flattop),
 * MultiPolygons with a hole, ImageURL from a data: URL, ImageStack through a
 * WeightedStackColorMapper, and a GraphRenderer whose hovered node highlights its edges
 * (NodesAndLinkedEdges). Fixed ranges so tests can map data to pixels.
 */
import {
  figure, column, row, ColumnDataSource, Range1d, GraphRenderer, GlyphRenderer, StaticLayoutProvider, Scatter, MultiLine,
  NodesAndLinkedEdges, WeightedStackColorMapper, LinearColorMapper, HoverTool, TapTool, ndarray, type Document,
} from "@dash/server";

const SIZE = { width: 280, height: 260 };
const ranges = (x0: number, x1: number, y0: number, y1: number) => ({ x_range: new Range1d({ start: x0, end: x1 }), y_range: new Range1d({ start: y0, end: y1 }) });

/** A green square as an SVG data: URL (the page's CSP allows data: images). */
export const GREEN_SVG = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" fill="#00a000"/></svg>').toString("base64")}`;

/** Graph: node i at LAYOUT[i]; edges 0-1, 0-2, 2-3. */
export const LAYOUT: ReadonlyArray<readonly [number, number]> = [[0, 0], [4, 0], [0, 4], [4, 4]];
export const EDGES = { start: [0, 0, 2], end: [1, 2, 3] };

export default function app(doc: Document): void {
  // HexTile: three pointytop hexes in a row (q = 0, 1, 2; r = 0), size 1
  const hex = figure({ name: "hex", title: "HexTile", ...SIZE, tools: "hover", ...ranges(-2, 6, -3, 3) });
  hex.hex_tile({ q: [0, 1, 2], r: [0, 0, 0], size: 1, fill_color: ["#ff0000", "#0000ff", "#ff0000"], line_color: null });
  // flattop hexes, size 0.5 and a 2x wider aspect
  const flat = figure({ name: "flat", title: "HexTile flattop", ...SIZE, tools: "", ...ranges(-2, 4, -3, 3) });
  flat.hex_tile({ q: [0, 2], r: [0, -1], size: 1, orientation: "flattop", fill_color: "#0000ff", line_color: "#000000" });

  // MultiPolygons: item 0 a 10x10 square with a 4x4 hole, item 1 two small squares
  const poly = figure({ name: "poly", title: "MultiPolygons", ...SIZE, tools: "hover", ...ranges(-1, 25, -1, 11) });
  poly.multi_polygons({
    xs: [[[[0, 10, 10, 0], [3, 7, 7, 3]]], [[[14, 18, 18, 14]], [[20, 24, 24, 20]]]],
    ys: [[[[0, 0, 10, 10], [3, 3, 7, 7]]], [[[0, 0, 4, 4]], [[6, 6, 10, 10]]]],
    fill_color: ["#0000ff", "#ff0000"], line_color: "#000000",
  });

  // ImageURL: a 20x20 px green square placed by its centre at (2, 2), 2x2 data units; another at (7, 7) at its own size
  const url = figure({ name: "url", title: "ImageURL", ...SIZE, tools: "", ...ranges(0, 10, 0, 10) });
  url.image_url({ url: [GREEN_SVG, GREEN_SVG], x: [2, 7], y: [2, 7], w: [2, NaN], h: [2, NaN], anchor: "center" });

  // ImageStack: 2x1 pixels, 2 layers (red, blue); pixel 0 all red (total 1), pixel 1 all blue (total 2)
  const stack = figure({ name: "stack", title: "ImageStack", ...SIZE, tools: "", ...ranges(0, 2, 0, 1) });
  const alpha_mapper = new LinearColorMapper({ palette: ["#00000066", "#000000ff"] });
  const color_mapper = new WeightedStackColorMapper({ palette: ["#ff0000", "#0000ff"], alpha_mapper, color_baseline: 0 });
  stack.image_stack({ image: [ndarray(Float64Array.of(1, 0, 0, 2), [1, 2, 2])], x: 0, y: 0, dw: 2, dh: 1, color_mapper });

  // GraphRenderer: nodes blue, edges grey; hovering a node turns it red and its edges orange
  const graph_plot = figure({ name: "graph", title: "Graph", ...SIZE, tools: "", ...ranges(-1, 5, -1, 5) });
  const node_renderer = new GlyphRenderer({
    data_source: new ColumnDataSource({ name: "nodes", data: { index: [0, 1, 2, 3] } }),
    glyph: new Scatter({ size: 18, fill_color: "#0000ff", line_color: null }),
    hover_glyph: new Scatter({ size: 18, fill_color: "#ff0000", line_color: null }),
  });
  const edge_renderer = new GlyphRenderer({
    data_source: new ColumnDataSource({ name: "edges", data: { start: [...EDGES.start], end: [...EDGES.end] } }),
    glyph: new MultiLine({ line_color: "#808080", line_width: 2 }),
    hover_glyph: new MultiLine({ line_color: "#ff8000", line_width: 6 }),
  });
  const graph = new GraphRenderer({
    name: "graph_renderer", node_renderer, edge_renderer,
    layout_provider: new StaticLayoutProvider({ graph_layout: new Map(LAYOUT.map((p, i) => [i, [...p]])) }),
    inspection_policy: new NodesAndLinkedEdges(), selection_policy: new NodesAndLinkedEdges(),
  });
  graph_plot.renderers.push(graph);
  graph_plot.add_tools(new HoverTool({ tooltips: null }), new TapTool());

  doc.add_root(column(row(hex, flat, poly), row(url, stack, graph_plot)));
}
