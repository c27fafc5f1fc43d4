/**
 * Browser test app: HoverTool mode "vline" (plot 0) and "hline" (plot 1) over the same points, drawn
 * with a data-driven size and a legend (whose marker BokehJS draws at one size).
 */
import { figure, row, ColumnDataSource, HoverTool, Range1d, type Document } from "@dash/server";

export const PTS = { x: [2, 2, 6], y: [2, 8, 5], name: ["low", "high", "mid"], size: [30, 16, 16] };
export const COLOR = "#1f77b4";

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ data: { x: new Float64Array(PTS.x), y: new Float64Array(PTS.y), name: [...PTS.name], size: new Float64Array(PTS.size) } });
  const plots = (["vline", "hline"] as const).map((mode) => {
    const p = figure({ width: 300, height: 300, tools: "", toolbar_location: null, x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }) });
    p.scatter({ x: "x", y: "y", source, size: "size", color: COLOR, legend_label: "points" });
    p.add_tools(new HoverTool({ mode, tooltips: [["name", "@name"]] }));
    return p;
  });
  doc.add_root(row(...plots));
}
