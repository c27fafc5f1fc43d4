/**
 * A shared board: one document for every visitor (`export const shared = true`). Tap the
 * plot to add a point; everybody sees everybody's points as they land, and a line above the
 * plot says how many people are looking. Open it in two windows to try.
 *
 *   npx dash serve examples/shared_board.ts --show
 *
 * A tap arrives on the server as the plot's "tap" UI event (`p.on_event("tap", ...)`, which
 * also tells browsers to send it) with the data coordinates x, y. Viewer counts come from
 * the per-connection hooks.
 */
import {
  Button, ColumnDataSource, Div, column, figure, on_event, palettes, row, type AppModule, type Document, type SessionContext,
} from "@dash/server";

/** Every visitor shares one document. */
export const shared = true;

const COLORS = palettes.Category10_10;

export default function app(doc: Document): void {
  const points = new ColumnDataSource({ name: "points", data: { x: new Float64Array(0), y: new Float64Array(0), color: [] as string[] } });
  const p = figure({
    name: "board", width: 640, height: 440, title: "Tap anywhere to add a point",
    x_range: [0, 10], y_range: [0, 10], tools: "tap", toolbar_location: null,
  });
  p.scatter({ x: "x", y: "y", source: points, size: 16, color: "color", line_color: "white", alpha: 0.9 });

  const viewers = new Div({ name: "viewers", text: "0 viewers" });
  const count = new Div({ name: "count", text: "0 points" });
  const clear = new Button({ name: "clear", label: "Clear the board", button_type: "danger" });

  on_event(p, "tap", (e) => {
    const n = points.length;
    points.stream({ x: Float64Array.of(e.x), y: Float64Array.of(e.y), color: [COLORS[n % COLORS.length]!] }, 5000);
    count.text = `${points.length} point${points.length === 1 ? "" : "s"}`;
  });
  clear.on_event("button_click", () => {
    points.data = { x: new Float64Array(0), y: new Float64Array(0), color: [] };
    count.text = "0 points";
  });

  doc.add_root(column(row(viewers, count, clear), p));
  doc.title = "Shared board";
}

function show_viewers(session: SessionContext): void {
  const div = session.document.get_model_by_name("viewers");
  const n = session.connection_count;
  if (div instanceof Div) div.text = `<b>${n}</b> viewer${n === 1 ? "" : "s"}`;
}

export const on_connection_created: AppModule["on_connection_created"] = (ctx) => show_viewers(ctx.session);
export const on_connection_destroyed: AppModule["on_connection_destroyed"] = (ctx) => show_viewers(ctx.session);
