/** Bench app for `npm run bench -- fuzz`: one ColumnDataSource (id "src", the id the fuzzer's patches name) streamed 10 rows every 20 ms. */
import { ColumnDataSource, type Document } from "@dash/server";

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ id: "src", data: { x: new Float64Array(0), y: new Float64Array(0) } } as ConstructorParameters<typeof ColumnDataSource>[0]);
  doc.add_root(source);
  let t = 0;
  doc.add_periodic_callback(() => {
    const x = new Float64Array(10), y = new Float64Array(10);
    for (let i = 0; i < 10; i++, t++) {
      x[i] = t;
      y[i] = Math.sin(t / 10);
    }
    source.stream({ x, y }, 500);
  }, 20);
}
