/**
 * Browser test app: a solid Line on fixed ranges (x 0..1000, y -1.5..1.5) that starts with
 * x = 0..199 (y NaN for 140 <= x < 160: a gap in the line) and, once the "stream" Toggle is
 * on, streams 100 points every 50 ms up to x = 999 as ColumnsStreamed with rollover 500, then
 * stops. At the end the source holds x = 500..999.
 */
import { figure, column, ColumnDataSource, Range1d, Toggle, type Document } from "@dash/server";

export const TOTAL = 1000;
export const INITIAL = 200;
export const ROLLOVER = 500;
export const GAP: readonly [number, number] = [140, 160];
export const COLOR = "#d62728";
export const y_of = (x: number): number => (x >= GAP[0] && x < GAP[1] ? NaN : Math.sin(x / 80));

function rows(from: number, to: number): { x: Float64Array; y: Float64Array } {
  const x = new Float64Array(to - from), y = new Float64Array(to - from);
  for (let i = from; i < to; i++) { x[i - from] = i; y[i - from] = y_of(i); }
  return { x, y };
}

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "live", data: rows(0, INITIAL) });
  const p = figure({
    name: "plot", title: "line stream", width: 600, height: 300,
    x_range: new Range1d({ start: 0, end: TOTAL }), y_range: new Range1d({ start: -1.5, end: 1.5 }),
    tools: "pan,wheel_zoom,reset,hover",
  });
  p.line({ x: "x", y: "y", source, line_width: 3, line_color: COLOR, legend_label: "live" });
  const run = new Toggle({ name: "run", label: "stream", active: false });
  doc.add_root(column(run, p));
  let t = INITIAL;
  doc.add_periodic_callback(() => {
    if (!run.active || t >= TOTAL) return;
    const next = Math.min(TOTAL, t + 100);
    source.stream(rows(t, next), ROLLOVER);
    t = next;
  }, 50);
}
