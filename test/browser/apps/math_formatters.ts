/**
 * Browser test app for math text and the JavaScript formatters: a plot whose title is "$$...$$"
 * TeX, whose x axis label is a TeX model and y axis label a MathML model; the x axis ticks use
 * a PrintfTickFormatter, the y axis ticks a CustomJSTickFormatter; the red scatter goes through
 * a CustomJSFilter (x < 6 only) and a CustomJSTransform (y doubled), and a HoverTool formats @x
 * with a CustomJSHover. A second, plain plot shows no math.
 */
import {
  figure, column, ColumnDataSource, CDSView, CustomJSFilter, CustomJSTransform, CustomJSHover, CustomJSTickFormatter,
  PrintfTickFormatter, HoverTool, Range1d, TeX, MathML, type Document,
} from "@dash/server";

export const XS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export default function app(doc: Document): void {
  const source = new ColumnDataSource({ name: "points", data: { x: Float64Array.from(XS), y: Float64Array.from(XS, (x) => x / 2) } });
  const p = figure({
    name: "math", title: "$$E = mc^2$$", width: 500, height: 400, tools: "",
    x_range: new Range1d({ start: 0, end: 10 }), y_range: new Range1d({ start: 0, end: 10 }),
  });
  p.xaxis[0]!.axis_label = new TeX({ text: "\\int_0^{\\infty} e^{-x^2}\\,dx" });
  p.yaxis[0]!.axis_label = new MathML({ text: "<math><mfrac><mi>a</mi><mi>b</mi></mfrac></math>" });
  p.xaxis[0]!.formatter = new PrintfTickFormatter({ format: "%.1f u" });
  p.yaxis[0]!.formatter = new CustomJSTickFormatter({ args: { unit: "pct" }, code: "return `${tick * 10}${unit}`" });
  p.xaxis[0]!.axis_label_text_font_size = "16px";
  const view = new CDSView({ filter: new CustomJSFilter({ args: { limit: 6 }, code: "return Array.from(source.data.x, (x) => x < limit)" }) });
  const double = new CustomJSTransform({ args: { k: 2 }, v_func: "return Array.from(xs, (v) => v * k)" });
  p.scatter({ x: "x", y: { field: "y", transform: double }, source, view, size: 14, color: "#ff0000" });
  p.add_tools(new HoverTool({
    tooltips: [["x", "@x{custom}"]],
    formatters: { "@x": new CustomJSHover({ args: { prefix: "x is " }, code: "return prefix + (value * 100) + '!'" }) },
  }));
  const plain = figure({ name: "plain", title: "plain", width: 300, height: 200, tools: "" });
  plain.line({ x: [0, 1], y: [0, 1] });
  doc.add_root(column(p, plain));
}
