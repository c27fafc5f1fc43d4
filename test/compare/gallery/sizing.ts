/**
 * Compare gallery: sizing modes. A scale_width plot (declared 400x200) fills the page's width and
 * keeps its 2:1 aspect; a stretch_width plot beside a fixed 300 px one never widens the page past
 * the window.
 */
import { column, figure, row, type Document } from "@dash/server";

export default function app(doc: Document): void {
  const scaled = figure({ name: "scaled", width: 400, height: 200, sizing_mode: "scale_width", tools: "", toolbar_location: null });
  scaled.scatter({ x: [1, 2, 3], y: [1, 3, 2], size: 12 });
  const stretched = figure({ name: "stretched", width: 1200, height: 150, sizing_mode: "stretch_width", tools: "", toolbar_location: null });
  stretched.line({ x: [1, 2, 3], y: [1, 3, 2], line_width: 2 });
  const fixed = figure({ name: "fixed", width: 300, height: 150, tools: "", toolbar_location: null });
  fixed.line({ x: [1, 2, 3], y: [2, 1, 3], line_width: 2 });
  doc.add_root(column([scaled, row([stretched, fixed], { sizing_mode: "stretch_width" })], { sizing_mode: "stretch_width" }));
}
