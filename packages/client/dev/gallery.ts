// Gallery page for the dev harness (?page=gallery): every glyph family and the remaining widgets.
import type { ModelSnap, Ref } from "../src/state/snapshot.ts";

export function gallery(mk: (type: string, attrs?: Record<string, unknown>, id?: string) => Ref): Ref {
  const f64 = (a: number[]) => new Float64Array(a);
  const fig = (title: string, renderers: Ref[], extra: Record<string, unknown> = {}) => {
    const xa = mk("LinearAxis"), ya = mk("LinearAxis");
    return mk("Figure", {
      width: 300, height: 240, title, toolbar_location: null, x_range: mk("DataRange1d"), y_range: mk("DataRange1d"),
      below: [xa], left: [ya], center: [mk("Grid", { dimension: 0, axis: xa }), mk("Grid", { dimension: 1, axis: ya })], renderers, ...extra,
    });
  };
  const r = (glyph: Ref, data: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    mk("GlyphRenderer", { glyph, data_source: mk("ColumnDataSource", { data, selected: mk("Selection", { indices: [1] }) }), ...extra });
  const xs = f64([1, 2, 3, 4, 5]), ys = f64([2, 5, 3, 6, 4]);
  const figs: Ref[] = [];
  figs.push(fig("Step / Line / VArea", [
    r(mk("VArea", { x: { field: "x" }, y1: { field: "y" }, y2: { value: 0 }, fill_color: "#c6dbef", fill_alpha: 0.6 }), { x: xs, y: ys }),
    r(mk("Step", { x: { field: "x" }, y: { field: "y" }, mode: "center", line_color: "#e6550d", line_width: 2 }), { x: xs, y: ys }),
    r(mk("Line", { x: { field: "x" }, y: { field: "y" }, line_dash: "dotdash", line_width: 2 }), { x: xs, y: f64([1, 1.5, 2, 1.2, 1]) }),
  ]));
  figs.push(fig("Patches / MultiLine / HArea", [
    r(mk("Patches", { xs: { field: "xs" }, ys: { field: "ys" }, fill_color: { field: "c" }, fill_alpha: 0.7, line_color: "white", line_width: 2 }), { xs: [[1, 2, 1.5], [3, 4, 4, 3]], ys: [[1, 1, 3], [1, 1, 2, 2]], c: ["#31a354", "#756bb1"] }),
    r(mk("MultiLine", { xs: { field: "xs" }, ys: { field: "ys" }, line_color: { field: "c" }, line_width: 3 }), { xs: [[1, 2, 3, 4], [1, 4]], ys: [[4, 5, 4, 5], [6, 3]], c: ["#d62728", "#17becf"] }),
    r(mk("HArea", { y: { field: "y" }, x1: { value: 4.5 }, x2: { field: "x" }, fill_color: "#fdae6b", fill_alpha: 0.5 }), { y: f64([3, 4, 5]), x: f64([5, 5.5, 5.2]) }),
  ]));
  figs.push(fig("Quad / HBar / Rect (selection)", [
    r(mk("Quad", { left: { field: "l" }, right: { field: "r" }, bottom: { value: 0 }, top: { field: "t" }, fill_color: "#6baed6", line_color: "#08519c" }), { l: f64([0, 1, 2]), r: f64([1, 2, 3]), t: f64([3, 5, 2]) }),
    r(mk("HBar", { y: { field: "y" }, right: { field: "r" }, height: { value: 0.5 }, left: { value: 3.5 }, fill_color: "#fd8d3c" }), { y: f64([1, 2, 3, 4]), r: f64([5, 6, 4.5, 5.5]) }),
    r(mk("Rect", { x: { field: "x" }, y: { field: "y" }, width: { value: 0.6 }, height: { value: 0.4 }, angle: { field: "a" }, fill_color: "#74c476", line_color: "black" }), { x: f64([1, 2]), y: f64([5.5, 6]), a: f64([0.3, -0.5]) }),
  ]));
  figs.push(fig("Wedge / AnnularWedge / Circle", [
    r(mk("Wedge", { x: { value: 2 }, y: { value: 2 }, radius: { value: 1.2 }, start_angle: { field: "s" }, end_angle: { field: "e" }, fill_color: { field: "c" }, line_color: "white" }), { s: f64([0, 2, 4]), e: f64([2, 4, 6.283]), c: ["#3182bd", "#e6550d", "#31a354"] }),
    r(mk("AnnularWedge", { x: { value: 5 }, y: { value: 2 }, inner_radius: { value: 0.5 }, outer_radius: { value: 1 }, start_angle: { value: 0.5 }, end_angle: { value: 4 }, fill_color: "#9e9ac8" }), { i: f64([0]) }),
    r(mk("Circle", { x: { field: "x" }, y: { field: "y" }, radius: { value: 0.3 }, fill_color: "#fdd0a2", line_color: "#a63603" }), { x: f64([1.5, 3, 4.5]), y: f64([4.5, 4.5, 4.5]) }),
  ]));
  const img = f64(Array.from({ length: 400 }, (_, k) => Math.sin((k % 20) / 3) * Math.cos(Math.floor(k / 20) / 3)));
  Object.defineProperty(img, "shape", { value: [20, 20] });
  const rgba = new Uint32Array(100);
  for (let k = 0; k < 100; k++) rgba[k] = (255 << 24) | ((k * 2) << 16) | (((k % 10) * 25) << 8) | (Math.floor(k / 10) * 25);
  Object.defineProperty(rgba, "shape", { value: [10, 10] });
  figs.push(fig("Image / ImageRGBA", [
    r(mk("Image", { image: { field: "image" }, x: { value: 0 }, y: { value: 0 }, dw: { value: 10 }, dh: { value: 10 }, color_mapper: mk("LinearColorMapper", { palette: ["#440154", "#31688e", "#35b779", "#fde725"] }) }), { image: [img] }),
    r(mk("ImageRGBA", { image: { field: "image" }, x: { value: 11 }, y: { value: 0 }, dw: { value: 5 }, dh: { value: 5 } }), { image: [rgba] }),
  ]));
  figs.push(fig("Segment / Ray / Text", [
    r(mk("Segment", { x0: { field: "x0" }, y0: { field: "y0" }, x1: { field: "x1" }, y1: { field: "y1" }, line_color: "#de2d26", line_width: 2 }), { x0: f64([1, 2]), y0: f64([1, 1]), x1: f64([2, 4]), y1: f64([3, 2]) }),
    r(mk("Ray", { x: { value: 1 }, y: { value: 4 }, angle: { value: 0.3 }, length: { value: 2 }, line_color: "#3182bd", line_width: 2 }), { i: f64([0]) }),
    r(mk("Text", { x: { field: "x" }, y: { field: "y" }, text: { field: "t" }, text_font_size: { value: "12px" }, text_color: "#444444", angle: { value: 0.2 } }), { x: f64([1, 3]), y: f64([5, 4]), t: ["hello", "world"] }),
  ]));
  const table_src = mk("ColumnDataSource", { data: { name: ["alpha", "beta", "gamma", "delta"], value: f64([3.14159, 2.71828, 1.41421, 1.73205]) }, selected: mk("Selection", { indices: [2] }) });
  const widgets = [
    mk("RangeSlider", { start: 0, end: 10, value: [2, 7], step: 0.5, title: "range" }),
    mk("DateSlider", { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 11, 31), value: Date.UTC(2024, 5, 1), title: "date" }),
    mk("Dropdown", { label: "Menu", menu: [["One", "1"], ["Two", "2"]] }),
    mk("MultiSelect", { title: "multi", options: ["a", "b", "c", "d"], value: ["b"], size: 3 }),
    mk("MultiChoice", { title: "choices", options: ["red", "green", "blue"], value: ["red", "blue"] }),
    mk("TextAreaInput", { title: "notes", value: "some\ntext", rows: 3 }),
    mk("NumericInput", { title: "numeric", value: 42, low: 0, high: 100 }),
    mk("Spinner", { title: "spinner", value: 1.5, step: 0.5 }),
    mk("DatePicker", { title: "date", value: "2024-05-06" }),
    mk("RadioGroup", { labels: ["x", "y", "z"], active: 2, inline: true }),
    mk("CheckboxButtonGroup", { labels: ["A", "B", "C"], active: [0, 2] }),
    mk("Paragraph", { text: "A paragraph." }),
    mk("PreText", { text: "pre  formatted\n  text" }),
  ];
  const table = mk("DataTable", { source: table_src, columns: [mk("TableColumn", { field: "name", title: "Name" }), mk("TableColumn", { field: "value", title: "Value", formatter: mk("NumberFormatter", { format: "0.000" }) })], width: 300, height: 140 });
  const tabs = mk("Tabs", { tabs: [mk("TabPanel", { title: "Table", child: table }), mk("TabPanel", { title: "Text", child: mk("Div", { text: "second tab" }) })] });
  const grid = mk("GridBox", { children: figs.map((f, i) => [f, Math.floor(i / 3), i % 3]), spacing: 5 });
  return mk("Column", { children: [grid, mk("Row", { children: [mk("Column", { children: widgets.slice(0, 7), width: 260 }), mk("Column", { children: widgets.slice(7), width: 260 }), tabs] })] });
}

export type { ModelSnap };
