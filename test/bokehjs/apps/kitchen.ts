/**
 * Many models at once (every glyph method of figure(), annotations, legends, tools, a data
 * table, widgets and layouts) so a BokehJS page shows whether it accepts Dash's JSON of each.
 */
import {
  BoxAnnotation, Button, CheckboxGroup, ColumnDataSource, DataTable, Div, Dropdown, Label, MultiChoice, RadioButtonGroup,
  RangeSlider, Select, Span, Spinner, TableColumn, Tabs, TabPanel, TextInput, Toggle, column, figure, row, linear_cmap,
  type Document,
} from "@dash/server";

export default function app(doc: Document): void {
  doc.title = "kitchen sink";
  const x = new Float64Array([1, 2, 3, 4, 5]);
  const y = new Float64Array([6, 7, 2, 4, 5]);
  const source = new ColumnDataSource({ name: "src", data: { x, y, label: ["a", "b", "c", "d", "e"] } });
  const p = figure({ title: "glyphs", width: 500, height: 300, tools: "pan,wheel_zoom,box_zoom,box_select,lasso_select,tap,crosshair,hover,save,reset,help" });
  p.line({ x: "x", y: "y", source, legend_label: "line" });
  p.scatter({ x: "x", y: "y", source, size: 10, marker: "triangle", fill_color: linear_cmap("y", ["#440154", "#21908d", "#fde725"], 0, 10), legend_label: "scatter" });
  p.circle({ x: "x", y: "y", source, radius: 0.1, fill_alpha: 0.3 });
  p.step({ x: "x", y: "y", source, mode: "center" });
  p.vbar({ x: "x", top: "y", width: 0.5, source, fill_alpha: 0.2 });
  p.hbar({ y: "y", right: "x", height: 0.3, source, fill_alpha: 0.2 });
  p.quad({ left: [1], right: [2], bottom: [1], top: [2] });
  p.rect({ x: [3], y: [3], width: [1], height: [1], angle: 0.3 });
  p.segment({ x0: [1], y0: [1], x1: [2], y1: [2] });
  p.ray({ x: [1], y: [1], length: [1], angle: [0.5] });
  p.wedge({ x: [4], y: [4], radius: [0.5], start_angle: [0], end_angle: [1] });
  p.text({ x: "x", y: "y", text: "label", source });
  p.multi_line({ xs: [[1, 2], [3, 4]], ys: [[1, 2], [2, 1]] });
  p.patch({ x: [1, 2, 3], y: [1, 3, 1], alpha: 0.2 });
  p.patches({ xs: [[1, 2, 3]], ys: [[4, 5, 4]] });
  p.varea({ x: [1, 2, 3], y1: [0, 1, 0], y2: [1, 2, 1] });
  p.harea({ y: [1, 2, 3], x1: [0, 1, 0], x2: [1, 2, 1] });
  p.image({ image: [[[1, 2], [3, 4]]], x: 0, y: 0, dw: 1, dh: 1 });
  p.center = [...p.center, new BoxAnnotation({ left: 1, right: 2, fill_alpha: 0.1 }), new Span({ location: 3, dimension: "width" }), new Label({ x: 2, y: 2, text: "label" })];
  const table = new DataTable({ source, columns: [new TableColumn({ field: "x", title: "x" }), new TableColumn({ field: "label", title: "label" })], width: 300, height: 150 });
  const widgets = column(
    new Button({ label: "b" }), new Toggle({ label: "t" }), new Dropdown({ label: "d", menu: ["one", "two"] }),
    new TextInput({ title: "text" }), new Select({ options: ["a", "b"], value: "a" }), new Spinner({ value: 1 }),
    new RangeSlider({ start: 0, end: 10, value: [2, 5] }), new CheckboxGroup({ labels: ["x", "y"] }),
    new RadioButtonGroup({ labels: ["x", "y"] }), new MultiChoice({ options: ["a", "b"] }), new Div({ text: "<b>div</b>" }),
  );
  doc.add_root(new Tabs({ tabs: [new TabPanel({ title: "plot", child: row(p, widgets) }), new TabPanel({ title: "table", child: table })] }));
}
