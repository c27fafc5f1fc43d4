/** Browser test app: an interactive legend (click_policy "hide"; the test switches it to "mute") over red and blue points. */
import { figure, ColumnDataSource, Range1d, type Document } from "@dash/server";

export const POINTS = { red: { x: 3, y: 5 }, blue: { x: 6, y: 5 } };

export default function app(doc: Document): void {
  const p = figure({
    name: "plot", title: "legend", width: 500, height: 360, tools: "pan,tap",
    x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }),
  });
  for (const [name, color] of [["red", "#ff0000"], ["blue", "#0000ff"]] as const) {
    const source = new ColumnDataSource({ data: { x: new Float64Array([POINTS[name].x]), y: new Float64Array([POINTS[name].y]) } });
    p.scatter({ x: "x", y: "y", source, size: 30, color, legend_label: `${name}s`, name });
  }
  p.legend.click_policy = "hide";
  p.legend.name = "legend";
  p.legend.location = "top_left";
  doc.add_root(p);
}
