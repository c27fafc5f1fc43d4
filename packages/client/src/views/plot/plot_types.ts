/**
 * The model types a plot understands: what it draws (glyphs, annotations, axes, tools) from
 * each registry, and the non-visual models it evaluates (ranges, scales, tickers, formatters,
 * filters, transforms, color mappers). Each list lives beside the code that handles the type.
 */
import { glyph_types } from "./glyphs/registry.ts";
import { tool_types } from "./toolbar.ts";
import { annotation_types } from "./annotations.ts";
import { axis_types } from "./axis.ts";
import { ticker_types, tick_formatter_types } from "./ticks.ts";
import { range_types } from "./ranges.ts";
import { scale_types } from "./plot_state.ts";
import { filter_types } from "./filters.ts";
import { transform_types } from "./specs.ts";
import { color_mapper_types } from "./color_mappers.ts";
import { graph_types } from "./graph.ts";
import { hover_formatter_types } from "./hover_format.ts";
import { math_types } from "./math_text.ts";

/** The plot itself and the parts PlotView lays out (plot_static.ts, legend.ts, grid lines, title, toolbar). */
const PLOT_PARTS = ["Plot", "Figure", "GlyphRenderer", "Toolbar", "Title", "Grid", "Legend", "LegendItem", "GridPlot"];

export function plot_types(): string[] {
  return [
    ...PLOT_PARTS, ...glyph_types(), ...tool_types(), ...annotation_types(), ...axis_types(), ...ticker_types(), ...tick_formatter_types(),
    ...range_types(), ...scale_types(), ...filter_types(), ...transform_types(), ...color_mapper_types(),
    ...graph_types(), ...hover_formatter_types(), ...math_types(),
  ];
}
