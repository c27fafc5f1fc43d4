/** Bench app: streams 100 rows (x, y float64) into one ColumnDataSource every 10 ms. */
import { ColumnDataSource, type Document } from "@dash/server";

export const ROWS = 100;
export const PERIOD_MS = 10;

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ data: { x: new Float64Array(0), y: new Float64Array(0) } });
  doc.add_root(source);
  let t = 0;
  doc.add_periodic_callback(() => {
    const x = new Float64Array(ROWS), y = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++, t++) {
      x[i] = t;
      y[i] = Math.sin(t / 100);
    }
    source.stream({ x, y }, 1000);
  }, PERIOD_MS);
}
