/**
 * Compare gallery: datetime axes on 300 px plots (a year of days: BokehJS's DatetimeTicker picks
 * every 2 months; a custom "%b %d" formatter never lands a tick on Dec 31), and a line whose
 * source has a selection (BokehJS draws a line's selection as the line itself).
 */
import { ColumnDataSource, DatetimeTickFormatter, figure, row, type Document } from "@dash/server";

const DAY = 86_400_000;
/** 2024-01-01 .. 2024-12-31, one point a day. */
export const T0 = Date.UTC(2024, 0, 1);
export const DAYS = 366;

export default function app(doc: Document): void {
  const t = new Float64Array(DAYS), y = new Float64Array(DAYS);
  for (let i = 0; i < DAYS; i++) {
    t[i] = T0 + i * DAY;
    y[i] = Math.sin(i / 30) * 10 + i / 20;
  }
  const source = new ColumnDataSource({ name: "days", data: { t, y } });
  source.selected.indices = [10, 11, 12];
  const year = figure({ name: "year", width: 300, height: 250, x_axis_type: "datetime", tools: "", toolbar_location: null, title: "2024" });
  year.line({ x: "t", y: "y", source, line_width: 2 });
  const custom = figure({ name: "custom", width: 300, height: 250, x_axis_type: "datetime", tools: "", toolbar_location: null, title: "%b %d" });
  custom.line({ x: "t", y: "y", source, line_width: 2, color: "#d62728" });
  custom.xaxis[0]!.formatter = new DatetimeTickFormatter({ months: "%b %d", days: "%b %d" });
  doc.add_root(row(year, custom));
}
