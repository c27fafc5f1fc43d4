/**
 * A live plot for the BokehJS end-to-end tests: figure() with pan/wheel-zoom tools, a line and
 * scatter over a streamed source, explicit ranges (so tool changes are plain start/end sets)
 * and a hover tool. What the server saw of the ranges is kept per session in `ranges`.
 */
import { ColumnDataSource, Range1d, column, figure, on_event, type Document, type SessionContext } from "@dash/server";

export interface RangeLog {
  x: Array<[number, number]>;
  y: Array<[number, number]>;
  streamed: number;
  /** Data coordinates of tap events (on_event), and the x0/x1 of rangesupdate events. */
  taps: Array<[number, number]>;
  updates: Array<[number, number]>;
}

export const ranges = new Map<string, RangeLog>();

export default function app(doc: Document, ctx: SessionContext): void {
  const log: RangeLog = { x: [], y: [], streamed: 0, taps: [], updates: [] };
  ranges.set(ctx.id, log);
  doc.title = "BokehJS plot";
  const source = new ColumnDataSource({ name: "live", data: { x: new Float64Array(0), y: new Float64Array(0) } });
  const x_range = new Range1d({ name: "x_range", start: 0, end: 100 });
  const y_range = new Range1d({ name: "y_range", start: -2, end: 2 });
  const p = figure({
    name: "plot", title: "live", width: 600, height: 300, x_range, y_range,
    tools: "pan,wheel_zoom,box_zoom,reset,hover", active_scroll: "wheel_zoom",
  });
  p.line({ x: "x", y: "y", source, line_width: 2 });
  p.scatter({ x: "x", y: "y", source, size: 6, color: "navy" });
  x_range.on_change("start", () => {
    log.x.push([x_range.start, x_range.end]);
  });
  y_range.on_change("start", () => {
    log.y.push([y_range.start, y_range.end]);
  });
  on_event(p, "tap", (e) => {
    log.taps.push([e.x, e.y]);
  });
  on_event(p, "ranges_update", (e) => {
    log.updates.push([e.x0, e.x1]);
  });
  doc.add_root(column(p));
  doc.add_periodic_callback(() => {
    const n = 4, x = new Float64Array(n), y = new Float64Array(n);
    for (let i = 0; i < n; i++, log.streamed++) {
      x[i] = log.streamed;
      y[i] = Math.sin(log.streamed / 10);
    }
    source.stream({ x, y }, 100);
  }, 50);
}
