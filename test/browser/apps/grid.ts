/** Browser test app: two plots sharing a source in a gridplot (one toolbar above them). */
import { figure, gridplot, ColumnDataSource, Range1d, type Document } from "@dash/server";

export const XS = [2, 4, 6, 8];

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "source", data: { x: new Float64Array(XS), y: new Float64Array([5, 5, 5, 5]) } });
  const plots = ["left", "right"].map((name) => {
    const p = figure({
      name, width: 300, height: 250, tools: "pan,box_select,reset",
      x_range: new Range1d({ name: `${name}_x`, start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }),
    });
    p.scatter({ x: "x", y: "y", source, size: 16, color: "#1f77b4" });
    return p;
  });
  doc.add_root(gridplot([plots]));
}
