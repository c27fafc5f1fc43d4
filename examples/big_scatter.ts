/**
 * One million points in one scatter renderer: the columns travel as binary float32
 * buffers and the client draws them as a single GPU mesh. Pan (drag) and zoom (wheel,
 * box zoom) work on the full set.
 *
 *   npx dash serve examples/big_scatter.ts --show
 *
 * Bokeh equivalent: examples/performance/scatter_10k_webgl.py with output_backend="webgl".
 */
import { ColumnDataSource, Div, column, figure, type Document } from "@dash/server";

export const N = 1_000_000;

/** Five gaussian clusters; deterministic, made once for all sessions. */
function make_data(): { x: Float32Array; y: Float32Array } {
  let s = 12345;
  const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const gauss = () => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const centers: Array<[number, number, number]> = [[-5, -5, 1.2], [5, 5, 1.5], [-5, 5, 0.8], [5, -5, 1.0], [0, 0, 2.0]];
  const x = new Float32Array(N), y = new Float32Array(N);
  for (let i = 0; i < N; i++) {
    const [cx, cy, r] = centers[i % centers.length]!;
    x[i] = cx + r * gauss();
    y[i] = cy + r * gauss();
  }
  return { x, y };
}

let data: { x: Float32Array; y: Float32Array } | null = null;

export default function app(doc: Document): void {
  data ??= make_data();
  const source = new ColumnDataSource({ name: "points", data: data });
  const p = figure({
    name: "scatter", width: 760, height: 520, title: `${N.toLocaleString("en-US")} points`,
    tools: "pan,wheel_zoom,box_zoom,reset,save", active_scroll: "wheel_zoom",
    x_range: [-12, 12], y_range: [-12, 12], output_backend: "webgl",
  });
  p.scatter({ x: "x", y: "y", source, size: 2, color: "#1f77b4", alpha: 0.1 });
  const info = new Div({ name: "info", text: "Drag to pan, scroll to zoom, the reset tool goes back." });
  doc.add_root(column(info, p));
  doc.title = "1,000,000 points";
}
