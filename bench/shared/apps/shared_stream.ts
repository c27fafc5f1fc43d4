/** One shared document streaming 10 rows (with the server's send time) every 20 ms. */
import { ColumnDataSource, type Document } from "@dash/server";

export const shared = true;
export const ROWS = 10;
export const PERIOD_MS = 20;

export default function app(doc: Document): void {
  const src = new ColumnDataSource({ name: "src", data: { t: new Float64Array(0), v: new Float64Array(0) } });
  doc.add_root(src);
  let i = 0;
  doc.add_periodic_callback(() => {
    const t = new Float64Array(ROWS).fill(Date.now());
    const v = new Float64Array(ROWS);
    for (let k = 0; k < ROWS; k++) v[k] = i++;
    src.stream({ t, v }, 1000);
  }, PERIOD_MS);
}
