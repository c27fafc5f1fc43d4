/**
 * Browser test app: pressing the "stream" Toggle streams 100 points every 50 ms (x = 0..999,
 * then it stops) into a scatter on fixed ranges, as ColumnsStreamed with rollover 5000.
 */
import { figure, column, ColumnDataSource, Range1d, Toggle, type Document } from "@dash/server";

export const TOTAL = 1000;
export const y_of = (x: number): number => Math.sin(x / 80);

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "stream", data: { x: new Float64Array(0), y: new Float64Array(0) } });
  const p = figure({
    name: "plot", title: "stream", width: 600, height: 300,
    x_range: new Range1d({ start: 0, end: TOTAL }), y_range: new Range1d({ start: -1.5, end: 1.5 }),
    tools: "pan,wheel_zoom,reset",
  });
  p.scatter({ x: "x", y: "y", source, size: 8, color: "#008000" });
  const run = new Toggle({ name: "run", label: "stream", active: false });
  doc.add_root(column(run, p));
  let t = 0;
  doc.add_periodic_callback(() => {
    if (!run.active || t >= TOTAL) return;
    const n = 100, x = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++, t++) { x[i] = t; y[i] = y_of(t); }
    source.stream({ x, y }, 5000);
  }, 50);
}
