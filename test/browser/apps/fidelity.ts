/**
 * Browser test app for drawing details BokehJS gets right: negative tick labels (Unicode minus),
 * grid lines of a dimension without an axis (x_axis_location=None), and a glyph with color=None
 * whose selected points show in selection_color.
 */
import { figure, ColumnDataSource, Range1d, type Document } from "@dash/server";

export const PTS = { x: [2, 5, 8], y: [-3, 0, 3] };
/** The selected point (index 1). */
export const SELECTED = 1;

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "source", data: { x: new Float64Array(PTS.x), y: new Float64Array(PTS.y) } });
  const p = figure({
    name: "plot", width: 400, height: 300, tools: "", toolbar_location: null, x_axis_location: null,
    x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: -5, end: 5 }),
  });
  p.scatter({ x: "x", y: "y", source, size: 20, color: null, selection_color: "#ff0000" });
  source.selected.indices = [SELECTED];
  doc.add_root(p);
}
