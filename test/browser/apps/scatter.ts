/**
 * Browser test app: a scatter on fixed ranges (so tests know where each point lands), two
 * legend entries, a hover tool, and a slider whose server-side on_change moves the red points.
 */
import { figure, column, ColumnDataSource, Range1d, Slider, type Document } from "@dash/server";

/** Data points the tests look for (fixed ranges 0..10 both ways). */
export const RED = { x: [2, 5, 8], y: [2, 5, 8], name: ["a", "b", "c"] };
export const BLUE = { x: [2, 8], y: [8, 2] };

export default function app(doc: Document): void {
  const red = new ColumnDataSource({ name: "red", data: { x: new Float64Array(RED.x), y: new Float64Array(RED.y), name: [...RED.name] } });
  const blue = new ColumnDataSource({ name: "blue", data: { x: new Float64Array(BLUE.x), y: new Float64Array(BLUE.y) } });
  const p = figure({
    name: "plot", title: "scatter", width: 600, height: 400,
    x_range: new Range1d({ name: "x_range", start: 0, end: 10 }), y_range: new Range1d({ name: "y_range", start: 0, end: 10 }),
    tools: "pan,wheel_zoom,reset,hover",
    tooltips: [["name", "@name"], ["x", "@x"], ["y", "@y"]],
  });
  p.scatter({ x: "x", y: "y", source: red, size: 24, color: "#ff0000", legend_label: "reds" });
  p.scatter({ x: "x", y: "y", source: blue, size: 24, color: "#0000ff", marker: "square", legend_label: "blues" });
  const shift = new Slider({ name: "shift", start: 0, end: 4, value: 0, step: 1, title: "shift" });
  // runs on the server: move the red points up by `shift`
  shift.on_change("value", (_attr, _old, value) => {
    const v = Number(value);
    red.data = { x: new Float64Array(RED.x), y: new Float64Array(RED.y.map((y) => y + v)), name: [...RED.name] };
  });
  doc.add_root(column(shift, p));
  doc.title = "scatter";
}
