/** Browser test / bench app: N random points (N from the DASH_BIG_N env var, default 1,000,000). */
import { figure, ColumnDataSource, type Document } from "@dash/server";
import { mulberry32 } from "../../support/random.ts";

export function points(n: number): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(n), y = new Float64Array(n);
  const rnd = mulberry32(12345);
  for (let i = 0; i < n; i++) { x[i] = rnd() * 100; y[i] = rnd() * 100; }
  return { x, y };
}

export default function app(doc: Document): void {
  const n = Number(process.env.DASH_BIG_N ?? 1_000_000);
  const source = new ColumnDataSource({ name: "big", data: points(n) });
  const p = figure({ name: "plot", title: `${n} points`, width: 700, height: 500, tools: "pan,wheel_zoom,reset", output_backend: "webgl" });
  p.scatter({ x: "x", y: "y", source, size: 2, color: "#1f77b4", fill_alpha: 0.5, line_color: null });
  doc.add_root(p);
}
