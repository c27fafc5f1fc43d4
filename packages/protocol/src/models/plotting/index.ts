export { figure, get_range, get_scale, type FigureOptions, type AxisType, type RangeArg } from "./figure.ts";
export { create_renderer, normalize_call, find_legend, DEFAULT_COLOR, GLYPH_ARGS, type ArgValue, type GlyphKwargs, type GlyphCall, type RendererArgs } from "./glyph_api.ts";
export { DEFAULT_TOOLS, TOOL_ALIASES, process_tools_arg, process_active_tools, type ToolsArg, type ActiveArg, type ActiveTools } from "./tools.ts";
export { factor_cmap, linear_cmap, log_cmap, dodge, jitter, type CategoricalMapOptions, type ContinuousMapOptions } from "./transforms.ts";
export { column, row, layout, gridplot, type BoxArgs, type GridplotOptions, type LayoutChildren } from "./layout_helpers.ts";
