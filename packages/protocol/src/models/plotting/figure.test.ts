import { describe, it, expect } from "vitest";
import {
  figure, Figure, DataRange1d, Range1d, FactorRange, LinearScale, LogScale, CategoricalScale, LinearAxis, LogAxis,
  DatetimeAxis, CategoricalAxis, Grid, PanTool, WheelZoomTool, BoxZoomTool, SaveTool, ResetTool, HelpTool, HoverTool,
  BoxSelectTool, Title, Line, Scatter, Circle, VBar, MultiLine, Legend, GlyphRenderer, Text, Image, factor_cmap, linear_cmap,
  CategoricalColorMapper, LinearColorMapper, palettes, column, row, gridplot, GridPlot, BasicTicker, LogTicker,
} from "../plot_index.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { Column, Row } from "../layouts/index.ts";
import { DashError, ErrorCode } from "../../errors.ts";

const types = (xs: readonly object[]) => xs.map((x) => x.constructor.name);

describe("figure() builds the model graph bokeh.plotting builds", () => {
  it("default figure: DataRange1d/LinearScale, linear axes below/left, two grids, Bokeh's default tools", () => {
    const p = figure({ title: "hello", width: 400, height: 300 });
    expect(p).toBeInstanceOf(Figure);
    expect(p.type).toBe("Figure");
    expect(p.title).toBeInstanceOf(Title);
    expect((p.title as Title).text).toBe("hello");
    expect(p.width).toBe(400);
    expect(p.x_range).toBeInstanceOf(DataRange1d);
    expect(p.y_range).toBeInstanceOf(DataRange1d);
    expect(p.x_scale).toBeInstanceOf(LinearScale);
    expect(types(p.below)).toEqual(["LinearAxis"]);
    expect(types(p.left)).toEqual(["LinearAxis"]);
    expect(p.above).toEqual([]);
    expect(p.right).toEqual([]);
    const grids = p.center.filter((m): m is Grid => m instanceof Grid);
    expect(grids.map((g) => [g.dimension, g.axis])).toEqual([[0, p.below[0]], [1, p.left[0]]]);
    expect(types(p.toolbar.tools)).toEqual(["PanTool", "WheelZoomTool", "BoxZoomTool", "SaveTool", "ResetTool", "HelpTool"]);
    expect(((p.below[0] as LinearAxis).ticker as BasicTicker).num_minor_ticks).toBe(5);
  });

  it("ranges from pairs and factors; axis types pick scales, axes and tickers", () => {
    const p = figure({ x_range: [0, 10], y_range: ["a", "b", "c"], y_axis_label: "letters", x_axis_label: "n" });
    expect(p.x_range).toBeInstanceOf(Range1d);
    expect([(p.x_range as Range1d).start, (p.x_range as Range1d).end]).toEqual([0, 10]);
    expect(p.y_range).toBeInstanceOf(FactorRange);
    expect((p.y_range as FactorRange).factors).toEqual(["a", "b", "c"]);
    expect(p.y_scale).toBeInstanceOf(CategoricalScale);
    expect(p.left[0]).toBeInstanceOf(CategoricalAxis);
    expect((p.left[0] as CategoricalAxis).axis_label).toBe("letters");
    expect((p.below[0] as LinearAxis).axis_label).toBe("n");

    const q = figure({ x_axis_type: "datetime", y_axis_type: "log" });
    expect(q.below[0]).toBeInstanceOf(DatetimeAxis);
    expect(q.left[0]).toBeInstanceOf(LogAxis);
    expect(q.y_scale).toBeInstanceOf(LogScale);
    expect(((q.left[0] as LogAxis).ticker as LogTicker).num_minor_ticks).toBe(10);

    const r = figure({ x_axis_type: null, y_axis_location: "right" });
    expect(r.below).toEqual([]);
    expect(r.right[0]).toBeInstanceOf(LinearAxis);
    expect(r.center.filter((m) => m instanceof Grid)).toHaveLength(1);
    const given = new Range1d({ start: -1, end: 1 });
    expect(figure({ x_range: given }).x_range).toBe(given);
  });

  it("tools from a comma string or a list, tooltips add a HoverTool, active_* by name", () => {
    const p = figure({ tools: "pan, wheel_zoom,box_zoom,reset,save,hover", active_scroll: "wheel_zoom" });
    expect(types(p.toolbar.tools)).toEqual(["PanTool", "WheelZoomTool", "BoxZoomTool", "ResetTool", "SaveTool", "HoverTool"]);
    expect(p.toolbar.active_scroll).toBe(p.toolbar.tools[1]);
    expect(p.toolbar.active_drag).toBe("auto");
    const pan = new PanTool({ dimensions: "width" });
    const q = figure({ tools: [pan, "box_select"], tooltips: [["x", "@x"]] });
    expect(q.toolbar.tools[0]).toBe(pan);
    expect(q.toolbar.tools[1]).toBeInstanceOf(BoxSelectTool);
    const hover = q.toolbar.tools[2] as HoverTool;
    expect(hover).toBeInstanceOf(HoverTool);
    expect(hover.tooltips).toEqual([["x", "@x"]]);
    const r = figure({ tools: "hover", tooltips: "@y" });
    expect(r.toolbar.tools).toHaveLength(1);
    expect((r.toolbar.tools[0] as HoverTool).tooltips).toBe("@y");
    expect(figure({ tools: "" }).toolbar.tools).toEqual([]);
    void [WheelZoomTool, BoxZoomTool, SaveTool, ResetTool, HelpTool];
  });

  it("plot attributes pass through; invalid options are refused with typed errors", () => {
    const p = figure({ sizing_mode: "stretch_width", background_fill_color: "#fafafa", min_border: 0, output_backend: "webgl", match_aspect: true, toolbar_location: "above" });
    expect([p.sizing_mode, p.background_fill_color, p.min_border, p.output_backend, p.match_aspect, p.toolbar_location]).toEqual(["stretch_width", "#fafafa", 0, "webgl", true, "above"]);
    expect(() => figure({ bogus: 1 } as never)).toThrowError(expect.objectContaining({ code: ErrorCode.UNKNOWN_ATTRIBUTE }));
    expect(() => figure({ width: "wide" } as never)).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    expect(() => figure({ tools: "pan,laser" })).toThrowError(/unexpected tool name 'laser'/);
    expect(() => figure({ x_axis_type: "polar" } as never)).toThrowError(DashError);
    expect(() => figure({ tools: "pan", active_drag: "box_zoom" })).toThrowError(/unknown tool 'box_zoom'/);
  });
});

describe("glyph methods", () => {
  it("keyword style with a source: column names become fields, values become values", () => {
    const source = new ColumnDataSource({ data: { x: [1, 2, 3], y: [4, 5, 6] } });
    const p = figure();
    const r = p.line({ x: "x", y: "y", source, line_width: 2 });
    expect(r).toBeInstanceOf(GlyphRenderer);
    expect(p.renderers).toEqual([r]);
    expect(r.data_source).toBe(source);
    const g = r.glyph as Line;
    expect(g).toBeInstanceOf(Line);
    expect(g.x).toEqual({ field: "x" });
    expect(g.line_width).toBe(2);
    expect(g.line_color).toBe("#1f77b4"); // Bokeh's default glyph color
    const ns = r.nonselection_glyph as Line;
    expect(ns).toBeInstanceOf(Line);
    expect(ns.line_alpha).toBe(0.1);
    expect((r.muted_glyph as Line).line_alpha).toBe(0.2);
    expect(r.selection_glyph).toBe("auto");
    expect(r.hover_glyph).toBeNull();
  });

  it("positional style with arrays makes a ColumnDataSource with those columns", () => {
    const p = figure();
    const xs = new Float64Array([1, 2, 3]);
    const r = p.scatter(xs, [3, 2, 1], { size: 6, marker: "square", fill_color: ["red", "green", "blue"] });
    const g = r.glyph as Scatter;
    expect(g.x).toEqual({ field: "x" });
    expect(g.y).toEqual({ field: "y" });
    expect(g.fill_color).toEqual({ field: "fill_color" });
    expect(g.size).toEqual({ value: 6 });
    expect(g.marker).toEqual({ value: "square" });
    expect(r.data_source.data.x).toBe(xs);
    expect(Array.from(r.data_source.data.y as Float64Array)).toEqual([3, 2, 1]);
    expect(r.data_source.data.fill_color).toEqual(["red", "green", "blue"]);
  });

  it("color and alpha expand to line/fill/hatch as Bokeh does; prefixed visuals make extra glyphs", () => {
    const p = figure();
    const r = p.scatter({ x: [1], y: [2], color: "navy", alpha: 0.5, hover_color: "red", selection_fill_alpha: 1 });
    const g = r.glyph as Scatter;
    expect([g.line_color, g.fill_color, g.hatch_color]).toEqual([{ value: "navy" }, { value: "navy" }, { value: "navy" }]);
    expect([g.line_alpha, g.fill_alpha, g.hatch_alpha]).toEqual([{ value: 0.5 }, { value: 0.5 }, { value: 0.5 }]);
    const hover = r.hover_glyph as Scatter;
    expect(hover.fill_color).toEqual({ value: "red" });
    expect(hover.line_color).toEqual({ value: "red" });
    const sel = r.selection_glyph as Scatter;
    expect(sel.fill_alpha).toEqual({ value: 1 });
    expect(sel.line_alpha).toEqual({ value: 0.5 });
    expect((r.nonselection_glyph as Scatter).fill_alpha).toEqual({ value: 0.1 });
    expect((r.nonselection_glyph as Scatter).fill_color).toEqual({ value: "navy" });
  });

  it("legend_label adds a Legend in the center panel and groups renderers by label; legend_field uses a field", () => {
    const p = figure();
    const a = p.line([1, 2], [3, 4], { legend_label: "sin" });
    const b = p.scatter([1, 2], [3, 4], { legend_label: "sin" });
    const c = p.line([1, 2], [3, 4], { legend_label: "cos" });
    const legends = p.center.filter((m): m is Legend => m instanceof Legend);
    expect(legends).toHaveLength(1);
    const items = legends[0]!.items;
    expect(items.map((i) => i.label)).toEqual([{ value: "sin" }, { value: "cos" }]);
    expect(items[0]!.renderers).toEqual([a, b]);
    expect(items[1]!.renderers).toEqual([c]);
    const source = new ColumnDataSource({ data: { x: [1], top: [2], kind: ["k"] } });
    p.vbar({ x: "x", top: "top", width: 0.9, source, legend_field: "kind" });
    expect(legends[0]!.items[2]!.label).toEqual({ field: "kind" });
  });

  it("legend_group adds one item per distinct value (sorted as numpy.unique) at the row where it first occurs; bad uses are refused", () => {
    const p = figure();
    const source = new ColumnDataSource({ data: { x: [1, 2, 3, 4], y: [1, 2, 3, 4], kind: ["b", "a", "b", "c"] } });
    const r = p.scatter({ x: "x", y: "y", source, legend_group: "kind" });
    const items = p.legend[0]!.items;
    expect(items.map((i) => [i.label, i.index, i.renderers])).toEqual([
      [{ value: "a" }, 1, [r]], [{ value: "b" }, 0, [r]], [{ value: "c" }, 3, [r]],
    ]);
    const nums = new ColumnDataSource({ data: { x: [1, 2, 3], n: new Float64Array([10, 9, 10]) } });
    p.line({ x: "x", y: "x", source: nums, legend_group: "n" });
    expect(items.length).toBe(3);
    expect(p.legend[0]!.items.slice(3).map((i) => [i.label, i.index])).toEqual([[{ value: "9" }, 1], [{ value: "10" }, 0]]);
    const n0 = p.renderers.length;
    expect(() => p.scatter({ x: [1], y: [2], legend_group: "kind" })).toThrow(/without a data source/);
    expect(() => p.scatter({ x: "x", y: "y", source, legend_group: "nope" })).toThrow(/does not exist/);
    expect(() => p.scatter({ x: "x", y: "y", source, legend_group: "kind", legend_label: "k" })).toThrow(/only one of/);
    expect(p.renderers.length).toBe(n0);
  });

  it("other glyphs: circle by radius or size, vbar, multi_line, text, image, x_range_name", () => {
    const p = figure({ x_range: ["a", "b"] });
    expect(p.circle([1], [2], { radius: 0.5 }).glyph).toBeInstanceOf(Circle);
    const sc = p.circle([1], [2], { size: 10 }).glyph as Scatter;
    expect(sc).toBeInstanceOf(Scatter);
    expect(sc.marker).toEqual({ value: "circle" });
    const vb = p.vbar({ x: ["a", "b"], top: [1, 2], width: 0.5, fill_color: factor_cmap("x", palettes.Category10_3, ["a", "b"]) }).glyph as VBar;
    expect(vb.width).toEqual({ value: 0.5 });
    expect((vb.fill_color as { transform: unknown }).transform).toBeInstanceOf(CategoricalColorMapper);
    const ml = p.multi_line([[1, 2], [3, 4, 5]], [[1, 2], [3, 4, 5]], { x_range_name: "default" });
    expect(ml.glyph).toBeInstanceOf(MultiLine);
    expect(ml.data_source.data.xs).toEqual([[1, 2], [3, 4, 5]]);
    const t = p.text({ x: [1], y: [1], text: ["hi"], text_font_size: "12px" }).glyph as Text;
    expect(t.text_font_size).toEqual({ value: "12px" });
    expect(t.text).toEqual({ field: "text" });
    const im = p.image({ image: [[[1, 2], [3, 4]]], x: 0, y: 0, dw: 1, dh: 1, color_mapper: linear_cmap("v", palettes.Viridis256, 0, 1).transform as LinearColorMapper });
    expect(im.glyph).toBeInstanceOf(Image);
    expect((im.glyph as Image).x).toEqual({ value: 0 });
  });

  it("bad glyph input is refused with a typed error and the plot and source are unchanged", () => {
    const source = new ColumnDataSource({ data: { x: [1, 2], y: [3, 4] } });
    const p = figure();
    const before = { renderers: p.renderers, center: p.center, data: source.data };
    expect(() => p.line({ x: "x", y: "y", source, bogus: 1 } as never)).toThrowError(expect.objectContaining({ code: ErrorCode.UNKNOWN_ATTRIBUTE }));
    expect(() => p.line({ x: "x", y: "y", source, line_width: "thick", legend_label: "l" } as never)).toThrowError(expect.objectContaining({ code: ErrorCode.BAD_VALUE }));
    expect(() => p.line({ x: [1, 2], y: "y", source })).toThrowError(/Expected x to reference fields in the supplied data source/);
    expect(() => p.scatter([1, 2], [1, 2, 3])).toThrowError(expect.objectContaining({ code: ErrorCode.COLUMN_LENGTH }));
    expect(() => p.line(1, 2, 3)).toThrowError(/at most 2 positional/);
    expect(p.renderers).toBe(before.renderers);
    expect(p.center).toBe(before.center);
    expect(source.data).toBe(before.data);
  });
});

describe("layout helpers", () => {
  it("column/row take children as arguments or a list; gridplot merges toolbars", () => {
    const a = figure(), b = figure();
    expect(column(a, b)).toBeInstanceOf(Column);
    expect(column([a, b]).children).toEqual([a, b]);
    expect(column([a], { sizing_mode: "stretch_width" }).sizing_mode).toBe("stretch_width");
    expect(row(a, b)).toBeInstanceOf(Row);
    expect(() => column(a, 3 as never)).toThrowError(DashError);
    const g = gridplot([[a, null], [null, b]], { width: 250 });
    expect(g).toBeInstanceOf(GridPlot);
    expect(g.children).toEqual([[a, 0, 0], [b, 1, 1]]);
    expect(a.toolbar_location).toBeNull();
    expect(a.width).toBe(250);
    expect(g.toolbar.tools.filter((t) => t instanceof SaveTool)).toHaveLength(1);
    expect(g.toolbar.tools.filter((t) => t instanceof PanTool)).toHaveLength(2);
    expect(gridplot([a, b], { ncols: 1 }).children.map((c) => [c[1], c[2]])).toEqual([[0, 0], [1, 0]]);
  });
});
