/**
 * Compare gallery: a 2x2 gridplot whose plots' y tick labels differ in width (0..1 and
 * 0..100000): BokehJS lines the frames up; the toolbar sits on the left of the grid.
 */
import { ColumnDataSource, figure, gridplot, type Document } from "@dash/server";

export default function app(doc: Document): void {
  const x = Float64Array.from({ length: 20 }, (_, i) => i);
  const plots = [1, 100_000, 100_000, 1].map((scale, i) => {
    const source = new ColumnDataSource({ data: { x, y: x.map((v) => ((v * 7) % 13) / 13 * scale) } });
    const p = figure({ name: `p${i}`, width: 250, height: 200, tools: "pan,wheel_zoom,reset", title: `plot ${i}` });
    p.scatter({ x: "x", y: "y", source, size: 8 });
    return p;
  });
  doc.add_root(gridplot([[plots[0]!, plots[1]!], [plots[2]!, plots[3]!]], { toolbar_location: "left" }));
}
