/**
 * One of every concrete model type @dash/protocol declares (BokehJS 3.10's whole registry), with
 * the attributes BokehJS requires: test/compat/catalog.compat.test.ts (round trips) and
 * test/browser/client_auto.test.ts (rendered under --client auto) build their documents with it.
 */
import { Document } from "../../packages/protocol/src/document/document.ts";
import { registry, type ModelClass } from "../../packages/protocol/src/core/model.ts";
import { bokeh_bases } from "../../packages/protocol/src/models/index.ts";
import * as M from "../../packages/protocol/src/models/index.ts";

/** Attributes BokehJS requires (no default) for the types that have any. */
export function required(name: string): Record<string, unknown> {
  const attrs = required_of(name);
  if (name.endsWith("ColorMapper") && !("palette" in attrs)) attrs.palette = ["red", "blue"];
  if (name.startsWith("Categorical") && name.endsWith("Mapper") && !("factors" in attrs)) attrs.factors = ["a", "b"];
  return attrs;
}

function required_of(name: string): Record<string, unknown> {
  switch (name) {
    case "GlyphRenderer": return { glyph: new M.Line() };
    case "ColorBar": return { color_mapper: new M.LinearColorMapper({ palette: ["red", "blue"] }) };
    case "ImageURLTexture": return { url: "https://example.com/texture.png" };
    case "ActionItem": case "CheckableItem": case "MenuItem": return { label: "item" };
    case "AjaxDataSource": case "ServerSentDataSource": return { data_url: "https://example.com/data" };
    case "TeX": case "Ascii": case "MathML": case "PlainText": case "MathText": return { text: "x" };
    case "Circle": return { radius: 1 };
    case "CompositeTicker": return { tickers: [new M.BasicTicker()] };
    case "CumSum": case "GroupFilter": return name === "CumSum" ? { field: "x" } : { column_name: "c", group: "a" };
    case "CustomJS": return { code: "return 1" };
    case "DateSlider": return { start: 0, end: 86_400_000, value: 0 };
    case "Slider": return { start: 0, end: 1, value: 0 };
    case "RangeSlider": return { start: 0, end: 1, value: [0, 1] };
    case "DifferenceFilter": case "IntersectionFilter": case "UnionFilter": return { operands: [new M.AllIndices()] };
    case "GMap": return { map_options: new M.GMapOptions({ lat: 0, lng: 0 }), api_key: "key" };
    case "GlobalImportedStyleSheet": return { url: "https://example.com/a.css" };
    case "GlobalInlineStyleSheet": return { css: "" };
    case "Label": return { x: 1, y: 1 };
    case "Metric": case "ReciprocalMetric": return { base_unit: "m" };
    case "Node": return { target: "frame", symbol: "center" };
    case "TabPanel": return { child: new M.Div() };
    case "TableColumn": return { field: "x" };
    case "bokeh.models.dom.ColorRef": return { field: "x" };
    case "BuiltinIcon": case "TablerIcon": return { icon_name: "help" };
    case "SVGIcon": return { svg: "<svg></svg>" };
    case "ByCSS": case "ByClass": case "ByID": case "ByXPath": return { query: "x" };
    case "CanvasTexture": return { code: "" };
    case "ImportedStyleSheet": return { url: "https://example.com/a.css" };
    case "InlineStyleSheet": return { css: "" };
    case "GeoJSONDataSource": return { geojson: '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[0,0]},"properties":{}}]}' };
    case "SingleIntervalTicker": return { interval: 1 };
    case "Metric": case "MetricLength": case "ImperialLength": case "ReciprocalMetricLength": case "Angular": return {};
    case "Tooltip": return { content: "tip" };
    case "HelpButton": return { tooltip: new M.Tooltip({ content: "help" }) };
    case "Dialog": return { content: "dialog" };
    case "GroupBox": case "ScrollBox": return { child: new M.Div({ text: "child" }) };
    case "Maximum": case "Minimum": return { field: "x" };
    case "bokeh.models.dom.HTML": return { html: "<b>x</b>" };
    case "bokeh.models.dom.ValueRef": return { field: "x" };
    case "CategoricalSlider": return { categories: ["a", "b"], value: "a", value_throttled: "a" };
    case "PaletteSelect": return { items: [["p", ["red", "blue"]]], value: "p" };
    case "DateRangeSlider": case "DatetimeRangeSlider": return { start: 0, end: 86_400_000, value: [0, 86_400_000], value_throttled: [0, 86_400_000] };
    case "Ngon": return { radius: 1 };
    case "BinnedTicker": return { mapper: new M.EqHistColorMapper({ palette: ["red", "blue"] }) };
    case "ClickPanTool": return { direction: "left" };
    case "CompositeScale": return { source_scale: new M.LinearScale(), target_scale: new M.LinearScale() };
    case "ContourRenderer": return { fill_renderer: new M.GlyphRenderer({ glyph: new M.MultiPolygons() }), line_renderer: new M.GlyphRenderer({ glyph: new M.MultiLine() }) };
    case "ContourColorBar": return { fill_renderer: new M.GlyphRenderer({ glyph: new M.MultiPolygons() }), line_renderer: new M.GlyphRenderer({ glyph: new M.MultiLine() }) };
    case "CoordinateMapping": return { x_target: new M.Range1d(), y_target: new M.Range1d() };
    case "DataCube": return { target: new M.ColumnDataSource() };
    case "Decoration": return { marking: new M.NormalHead(), node: "end" };
    case "Drawer": return { location: "left" };
    case "BoxInteractionHandles": return { all: new M.AreaVisuals() };
    case "GraphRenderer": return { layout_provider: new M.StaticLayoutProvider(), node_renderer: new M.GlyphRenderer({ glyph: new M.Scatter() }), edge_renderer: new M.GlyphRenderer({ glyph: new M.MultiLine() }) };
    case "GraphCoordinates": return { layout: new M.StaticLayoutProvider() };
    case "GMapPlot": return { map_options: new M.GMapOptions({ lat: 0, lng: 0 }), api_key: "key" };
    case "GMapOptions": case "MapOptions": return { lat: 0, lng: 0 };
    case "HTMLLabel": return { x: 0, y: 0 };
    case "ImageStack": return { color_mapper: new M.WeightedStackColorMapper({ palette: ["red", "blue"], alpha_mapper: new M.LinearColorMapper({ palette: ["red", "blue"] }) }) };
    case "WeightedStackColorMapper": return { alpha_mapper: new M.LinearColorMapper({ palette: ["red", "blue"] }) };
    case "Indexed": return { index: 0, renderer: new M.GlyphRenderer({ glyph: new M.Line() }) };
    case "LinearInterpolator": case "StepInterpolator": return { x: [0, 1], y: [0, 1] };
    case "LineEditTool": return { intersection_renderer: new M.GlyphRenderer({ glyph: new M.Scatter() }) };
    case "OpenDialog": case "CloseDialog": return { dialog: new M.Dialog({ content: "d" }) };
    case "Panel": return { position: new M.XY({ x: 0, y: 0 }) };
    case "XY": return { x: 0, y: 0 };
    case "SetValue": return { obj: new M.Div(), attr: "text", value: "x" };
    case "SymmetricDifferenceFilter": return { operands: [new M.AllIndices()] };
    case "ToggleVisibility": return { target: new M.Div() };
    case "ToolProxy": return { visible: true, active: false };
    case "ToolbarPanel": return { toolbar: new M.Toolbar() };
    case "ToolMenu": return { toolbar: new M.Toolbar() };
    case "XComponent": case "YComponent": return { transform: new M.NodeCoordinates({ layout: new M.StaticLayoutProvider() }) };
    case "NodeCoordinates": case "EdgeCoordinates": return { layout: new M.StaticLayoutProvider() };
    case "bokeh.models.dom.ValueOf": return { obj: new M.Div(), attr: "text" };
    case "CategoricalMarkerMapper": return { factors: ["a", "b"], markers: ["circle", "square"] };
    case "CategoricalPatternMapper": return { factors: ["a", "b"], patterns: ["dot", "ring"] };
    case "WMTSTileSource": case "TMSTileSource": case "QUADKEYTileSource": case "BBoxTileSource": case "MercatorTileSource": return { x_origin_offset: 0, y_origin_offset: 0 };
    case "CartesianFrame": return { place: "center" };
    case "ClickButton": case "OnOffButton": case "ToolButton": return { tool: new M.PanTool() };
    case "GroupByModels": return { groups: [] };
    case "FileInput": return {};
    default: return {};
  }
}

export function concrete_names(): string[] {
  return Object.keys(bokeh_bases).sort().filter((n) => registry.has(n) && !(registry.get(n) as ModelClass).__abstract__);
}

/** A document holding one of every concrete type as a root; `attrs` gives each its attributes (default: what BokehJS requires). */
export function every_model_doc(doc = new Document(), attrs: (name: string) => Record<string, unknown> = required): Document {
  for (const name of concrete_names()) doc.add_root(new (registry.get(name)!)(attrs(name)));
  return doc;
}

/** Types BokehJS builds a view for when they are a document root (UIElement and its subclasses). */
export function is_ui_element(name: string): boolean {
  return (bokeh_bases[name] ?? []).includes("UIElement");
}

/**
 * The same models arranged as a page shows them: the UI elements (widgets, layouts, plots, panes)
 * as roots, which BokehJS renders one by one; the rest (glyphs, tools, sources, tickers, ...) are
 * referenced from the args of a CustomJS on a Div root (a callback that never runs), so the
 * document holds them without asking BokehJS to render a glyph or a ticker on its own (as a Bokeh
 * server never does). `skip_root` names UI elements held that way too.
 */
export function every_model_page_doc(doc: Document, attrs: (name: string) => Record<string, unknown> = required, skip_root: ReadonlySet<string> = new Set()): Document {
  const held: Record<string, unknown> = {};
  for (const name of concrete_names()) {
    const m = new (registry.get(name)!)(attrs(name));
    if (is_ui_element(name) && !skip_root.has(name)) doc.add_root(m);
    else held[`m${Object.keys(held).length}`] = m;
  }
  const holder = new M.CustomJS({ args: held, code: "return 0" });
  doc.add_root(new M.Div({ text: `${Object.keys(held).length} models held by a CustomJS`, js_property_callbacks: { "change:tags": [holder] } }));
  return doc;
}

