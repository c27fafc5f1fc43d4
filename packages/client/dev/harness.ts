// Dev harness: a hand-made DocSnap rendered by the real renderer, with a fake document layer
// that applies tool/widget changes to the snapshot (as the immer store would).
import { mount, type MountContext } from "../src/views/root_view.ts";
import { create_view } from "../src/main.ts";
import type { DocSnap, ModelSnap, Ref } from "../src/state/snapshot.ts";
import { gallery } from "./gallery.ts";

const models: Record<string, ModelSnap> = {};
let counter = 0;
function mk(type: string, attrs: Record<string, unknown> = {}, id?: string): Ref {
  const mid = id ?? `${type.toLowerCase()}${++counter}`;
  models[mid] = { id: mid, type, attrs };
  return { $ref: mid };
}

const params = new URLSearchParams(location.search);
const big = Number(params.get("big") ?? 0);

// ------------------------------------------------------------------ figure 1: line, scatter, vbar
const N = 60;
const x = new Float64Array(N), y = new Float64Array(N);
for (let i = 0; i < N; i++) { x[i] = i / 6; y[i] = Math.sin(i / 6) * 4 + 5; }
const line_src = mk("ColumnDataSource", { data: { x, y }, selected: mk("Selection", { indices: [] }) }, "line_src");
const markers = ["circle", "square", "triangle", "diamond", "cross", "x", "asterisk", "star", "hex", "inverted_triangle", "plus", "square_x", "circle_x", "circle_cross", "diamond_cross", "square_pin", "y", "dash", "circle_dot"];
const M = markers.length;
const mx = new Float64Array(M), my = new Float64Array(M), msize = new Float64Array(M);
const mcolor: string[] = [];
const palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
for (let i = 0; i < M; i++) { mx[i] = 0.5 + i * 0.5; my[i] = 9.5 - (i % 2) * 0.7; msize[i] = 14; mcolor.push(palette[i % 10]!); }
const scatter_src = mk("ColumnDataSource", { data: { x: mx, y: my, size: msize, marker: markers, color: mcolor }, selected: mk("Selection", { indices: [] }) }, "scatter_src");
const bars_src = mk("ColumnDataSource", { data: { x: new Float64Array([1, 3, 5, 7, 9]), top: new Float64Array([1.5, 3, 2, 2.5, 1]) }, selected: mk("Selection", { indices: [] }) });

const line_r = mk("GlyphRenderer", { data_source: line_src, glyph: mk("Line", { x: { field: "x" }, y: { field: "y" }, line_color: "#1f77b4", line_width: 2 }) });
const dash_r = mk("GlyphRenderer", { data_source: line_src, glyph: mk("Line", { x: { field: "x" }, y: { field: "y", transform: mk("Dodge", { value: -1 }) }, line_color: "#d62728", line_width: 1.5, line_dash: "dashed" }) });
const scatter_r = mk("GlyphRenderer", { data_source: scatter_src, glyph: mk("Scatter", { x: { field: "x" }, y: { field: "y" }, size: { field: "size" }, marker: { field: "marker" }, fill_color: { field: "color" }, line_color: "#222222", fill_alpha: 0.7 }) });
const vbar_r = mk("GlyphRenderer", { data_source: bars_src, glyph: mk("VBar", { x: { field: "x" }, top: { field: "top" }, width: { value: 0.8 }, fill_color: "#9ecae1", line_color: "#3182bd" }) });

const legend = mk("Legend", { items: [
  mk("LegendItem", { label: { value: "sin(x)" }, renderers: [line_r] }),
  mk("LegendItem", { label: { value: "shifted" }, renderers: [dash_r] }),
  mk("LegendItem", { label: { value: "markers" }, renderers: [scatter_r] }),
  mk("LegendItem", { label: { value: "bars" }, renderers: [vbar_r] }),
], location: "bottom_right" });

const tools = [mk("PanTool"), mk("WheelZoomTool"), mk("BoxZoomTool"), mk("BoxSelectTool"), mk("TapTool"), mk("ResetTool"), mk("SaveTool"),
  mk("HoverTool", { tooltips: [["index", "$index"], ["(x, y)", "(@x{0.00}, @y{0.00})"]] }), mk("CrosshairTool")];
const toolbar = mk("Toolbar", { tools, active_scroll: tools[1] });
const xaxis = mk("LinearAxis", { axis_label: "time (s)", ticker: mk("BasicTicker"), formatter: mk("BasicTickFormatter") });
const yaxis = mk("LinearAxis", { axis_label: "amplitude", ticker: mk("BasicTicker"), formatter: mk("BasicTickFormatter") });
const fig1 = mk("Figure", {
  width: 700, height: 420, title: mk("Title", { text: "Dash renderer harness" }),
  x_range: mk("DataRange1d", {}, "fig1_x"), y_range: mk("DataRange1d", {}, "fig1_y"),
  below: [xaxis], left: [yaxis],
  center: [mk("Grid", { dimension: 0, axis: xaxis }), mk("Grid", { dimension: 1, axis: yaxis }), legend,
    mk("Span", { location: 5, dimension: "width", line_color: "#2ca02c", line_dash: "dotted", line_width: 2 }),
    mk("BoxAnnotation", { left: 6, right: 8, fill_color: "#fff9ba", fill_alpha: 0.4 }),
    mk("Label", { x: 6.1, y: 0.5, text: "box annotation", text_font_size: "11px" })],
  renderers: [vbar_r, line_r, dash_r, scatter_r], toolbar,
}, "fig1");

// ------------------------------------------------------------------ figure 2: categorical + hbar
const fruits = ["Apples", "Pears", "Nectarines", "Plums", "Grapes", "Strawberries"];
const cat_src = mk("ColumnDataSource", { data: { fruits, counts: new Float64Array([5, 3, 4, 2, 4, 6]), color: palette.slice(0, 6) } });
const fig2 = mk("Figure", {
  width: 450, height: 300, title: "Fruit counts", toolbar_location: "above",
  x_range: mk("FactorRange", { factors: fruits, range_padding: 0.1 }), y_range: mk("DataRange1d", { start: 0 }),
  x_scale: mk("CategoricalScale"),
  below: [mk("CategoricalAxis", {})], left: [mk("LinearAxis", {})],
  center: [mk("Grid", { dimension: 1 })],
  renderers: [mk("GlyphRenderer", { data_source: cat_src, glyph: mk("VBar", { x: { field: "fruits" }, top: { field: "counts" }, width: { value: 0.9 }, fill_color: { field: "color" }, line_color: "white" }) })],
  toolbar: mk("Toolbar", { tools: [mk("PanTool"), mk("ResetTool"), mk("HoverTool", { tooltips: [["fruit", "@fruits"], ["count", "@counts"]] })] }),
});

// ------------------------------------------------------------------ figure 3: datetime / log / big scatter
const T = big > 0 ? big : 400;
const tx = new Float64Array(T), ty = new Float64Array(T), tc = new Float64Array(T);
const t0 = Date.UTC(2024, 0, 1);
for (let i = 0; i < T; i++) {
  tx[i] = big > 0 ? t0 + Math.random() * 86_400_000 * 90 : t0 + i * 86_400_000 * 90 / T;
  ty[i] = big > 0 ? Math.exp(Math.random() * 6) : Math.exp(3 + Math.sin(i / 40) * 2 + Math.random());
  tc[i] = Math.log(ty[i]!);
}
const mapper = mk("LinearColorMapper", { palette: ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"], low: 0, high: 6 });
const dt_src = mk("ColumnDataSource", { data: { t: tx, v: ty, c: tc } }, "dt_src");
const fig3 = mk("Figure", {
  width: 450, height: 300, title: big > 0 ? `${big.toLocaleString()} points` : "datetime x, log y, color mapped",
  x_range: mk("DataRange1d"), y_range: mk("DataRange1d"), y_scale: mk("LogScale"),
  below: [mk("DatetimeAxis", {})], left: [mk("LogAxis", {})],
  center: [mk("Grid", { dimension: 0 }), mk("Grid", { dimension: 1 })],
  right: [mk("ColorBar", { color_mapper: mapper, width: 12 })],
  renderers: [mk("GlyphRenderer", { data_source: dt_src, glyph: mk("Scatter", { x: { field: "t" }, y: { field: "v" }, size: big > 0 ? 3 : 7, fill_color: { field: "c", transform: mapper }, line_color: null, fill_alpha: 0.8 }) })],
  toolbar: mk("Toolbar", { tools: [mk("PanTool"), mk("WheelZoomTool"), mk("ResetTool")], active_scroll: "auto" }),
}, "fig3");

// ------------------------------------------------------------------ widgets
const slider = mk("Slider", { start: 1, end: 100, value: 10, step: 1, title: "points per tick" }, "slider");
const button = mk("Button", { label: "Stream rows", button_type: "success" }, "button");
const select = mk("Select", { title: "Palette", value: "Viridis", options: ["Viridis", "Magma", "Category10"] });
const text = mk("TextInput", { title: "Label", value: "hello", placeholder: "type here" });
const toggle = mk("Toggle", { label: "Live", active: true, button_type: "primary" });
const checks = mk("CheckboxGroup", { labels: ["line", "scatter", "bars"], active: [0, 1, 2] });
const div = mk("Div", { text: "<b>Dash</b> harness &mdash; widgets are DOM, plots are pixi." });
const radio = mk("RadioButtonGroup", { labels: ["One", "Two", "Three"], active: 1 });
const sw = mk("Switch", { active: true });
const widgets = mk("Column", { children: [div, slider, button, select, text, toggle, checks, radio, sw], width: 250 });
const root = mk("Column", { children: [mk("Row", { children: [widgets, fig1] }), mk("Row", { children: [fig2, fig3] })] });

const page_root = params.get("page") === "gallery" ? gallery(mk) : root;
let doc: DocSnap = { models: { ...models }, roots: [page_root.$ref], title: "Dash harness" };

function patch(id: string, attrs: Record<string, unknown>): void {
  const m = doc.models[id]!;
  doc = { ...doc, models: { ...doc.models, [id]: { ...m, attrs: { ...m.attrs, ...attrs } } } };
}

const log: unknown[] = [];
const host: MountContext = {
  create_view,
  set_attr(id, name, value) { log.push(["set_attr", id, name, value]); patch(id, { [name]: value }); view.update(doc); },
  set_range(id, start, end) { log.push(["set_range", id, start, end]); patch(id, { start: start ?? undefined, end: end ?? undefined }); view.update(doc); },
  set_selection(id, indices) {
    log.push(["set_selection", id, indices]);
    const sel = doc.models[id]!.attrs["selected"] as Ref | undefined;
    if (sel == null) return;
    patch(sel.$ref, { indices });
    patch(id, {});
    view.update(doc);
  },
  emit_event(id, ev) {
    log.push(["event", id, ev.event_name]);
    if (id === "button" && ev.event_name === "button_click") stream(Number(doc.models["slider"]!.attrs["value"]));
  },
};

let phase = N;
function stream(rows: number, rollover = 200): void {
  const src = doc.models["line_src"]!;
  const data = src.attrs["data"] as { x: Float64Array; y: Float64Array };
  const n = data.x.length + rows, keep = Math.min(n, rollover);
  const nx = new Float64Array(keep), ny = new Float64Array(keep);
  const old_keep = keep - rows;
  nx.set(data.x.subarray(data.x.length - old_keep)); ny.set(data.y.subarray(data.y.length - old_keep));
  for (let i = 0; i < rows; i++, phase++) { nx[old_keep + i] = phase / 6; ny[old_keep + i] = Math.sin(phase / 6) * 4 + 5; }
  patch("line_src", { data: { x: nx, y: ny } });
  view.update(doc, { streamed: [{ source_id: "line_src", rows, rollover }] });
}

const view = mount(document.getElementById("app")!, doc, host);
(window as unknown as { __dash: unknown }).__dash = { log, stream, get doc() { return doc; }, view };
