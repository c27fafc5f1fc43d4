/**
 * One of every model type Dash declares (BokehJS 3.10's whole registry, concrete types):
 * the document round-trips through Dash's to_json/from_json with equal attributes, and the
 * real BokehJS 3.10 reads it with the same ids and types.
 */
import { describe, it, expect } from "vitest";
import { Document } from "../../packages/protocol/src/document/document.ts";
import { Model, registry, type ModelClass } from "../../packages/protocol/src/core/model.ts";
import { bokeh_bases } from "../../packages/protocol/src/models/index.ts";
import { Serializer } from "../../packages/protocol/src/codec/serializer.ts";
import * as M from "../../packages/protocol/src/models/index.ts";
import { use_bokehjs, canonical, type Json } from "./bokehjs.ts";

const bk = use_bokehjs();

/** Attributes BokehJS requires (no default) for the types that have any. */
function required(name: string): Record<string, unknown> {
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

function concrete_names(): string[] {
  return Object.keys(bokeh_bases).sort().filter((n) => registry.has(n) && !(registry.get(n) as ModelClass).__abstract__);
}

function every_model_doc(): Document {
  const doc = new Document();
  for (const name of concrete_names()) doc.add_root(new (registry.get(name)!)(required(name)));
  return doc;
}

const dash_json = (v: unknown): Json => canonical(new Serializer().encode(v) as Json);

describe("a document with one of every model type", () => {
  it("holds every concrete BokehJS type and round-trips through Dash with equal attributes", () => {
    const doc = every_model_doc();
    const types = new Set([...doc.models.values()].map((m) => m.type));
    const concrete = Object.keys(bokeh_bases).filter((n) => registry.has(n) && !registry.get(n)!.__abstract__);
    for (const n of concrete) expect(types, n).toContain(n);
    expect(concrete.length).toBeGreaterThan(340);
    const copy = Document.from_json(JSON.parse(JSON.stringify(doc.to_json().json)));
    expect(copy.models.size).toBe(doc.models.size);
    for (const m of doc.models.values()) {
      const m2 = copy.get_model_by_id(m.id) as Model;
      expect(m2.constructor, m.type).toBe(m.constructor);
      expect(dash_json(m2.properties_with_values()), m.type).toEqual(dash_json(m.properties_with_values()));
    }
  });

  it("is read by BokehJS 3.10 with the same ids and types", async () => {
    const doc = every_model_doc();
    const read = await bk.from_json(doc.to_json().json);
    expect(read.roots).toEqual(doc.roots.map((r) => r.id));
    for (const [id, m] of doc.models) expect(read.models[id]?.type, m.type).toBe(m.type);
  });

  it("each model alone is read by BokehJS 3.10", async () => {
    const refused: string[] = [];
    for (const name of concrete_names()) {
      const doc = new Document();
      doc.add_root(new (registry.get(name)!)(required(name)));
      try {
        await bk.from_json(doc.to_json().json);
      } catch (e) {
        refused.push(`${name}: ${String(e).split("\n")[0]}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
