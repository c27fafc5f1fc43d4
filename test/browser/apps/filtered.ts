/**
 * Browser test app: one source, two renderers through CDSViews (GroupFilter kind == "a" in
 * red, the inverse in blue at a different size), a box select and a hover tool.
 */
import { figure, ColumnDataSource, CDSView, GroupFilter, InversionFilter, Range1d, type Document } from "@dash/server";

export const ROWS = { x: [2, 4, 6, 8], y: [5, 5, 5, 5], kind: ["a", "b", "a", "b"] };

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "source", data: { x: new Float64Array(ROWS.x), y: new Float64Array(ROWS.y), kind: [...ROWS.kind] } });
  const p = figure({
    name: "plot", width: 500, height: 300, tools: "box_select,hover", tooltips: [["kind", "@kind"], ["x", "@x"]],
    x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }),
  });
  const only_a = new GroupFilter({ column_name: "kind", group: "a" });
  p.scatter({ x: "x", y: "y", source, view: new CDSView({ filter: only_a }), size: 26, color: "#ff0000", name: "a" });
  p.scatter({ x: "x", y: "y", source, view: new CDSView({ filter: new InversionFilter({ operand: only_a }) }), size: 14, color: "#0000ff", name: "not_a" });
  doc.add_root(p);
}
