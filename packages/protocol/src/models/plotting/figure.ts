/**
 * bokeh.plotting.figure: a Figure with ranges, scales, axes, grids and tools built the way
 * bokeh/plotting/_figure.py and _plot.py do.
 */
import { ErrorCode, ValidationError } from "../../errors.ts";
import { Figure } from "../plots/figure.ts";
import type { Plot } from "../plots/plot.ts";
import { Title } from "../annotations/title.ts";
import { Range } from "../ranges/range.ts";
import { Range1d } from "../ranges/range1d.ts";
import { DataRange1d } from "../ranges/data_range1d.ts";
import { FactorRange, type Factors } from "../ranges/factor_range.ts";
import { Scale } from "../scales/scale.ts";
import { LinearScale } from "../scales/linear_scale.ts";
import { LogScale } from "../scales/log_scale.ts";
import { CategoricalScale } from "../scales/categorical_scale.ts";
import { LinearAxis } from "../axes/linear_axis.ts";
import { LogAxis } from "../axes/log_axis.ts";
import { DatetimeAxis } from "../axes/datetime_axis.ts";
import { CategoricalAxis } from "../axes/categorical_axis.ts";
import { ContinuousTicker } from "../tickers/continuous_ticker.ts";
import { Grid } from "../grids/grid.ts";
import type { Tooltips } from "../tools/hover_tool.ts";
import { DEFAULT_TOOLS, process_tools_arg, process_active_tools, type ToolsArg, type ActiveTools } from "./tools.ts";

export type AxisType = "linear" | "log" | "datetime" | "auto" | null;
export type RangeArg = Range | readonly [number, number] | readonly [Date, Date] | Factors | null;

type PlotAttrs = Partial<Omit<NonNullable<(typeof Plot)["__attrs__"]>, "title" | "x_range" | "y_range" | "toolbar">>;

/** Bokeh's figure() options, plus any Plot attribute. */
export interface FigureOptions extends PlotAttrs, ActiveTools {
  title?: string | Title | null;
  x_range?: RangeArg;
  y_range?: RangeArg;
  x_axis_type?: AxisType;
  y_axis_type?: AxisType;
  x_axis_location?: "above" | "below" | null;
  y_axis_location?: "left" | "right" | null;
  x_axis_label?: string | null;
  y_axis_label?: string | null;
  x_minor_ticks?: "auto" | number;
  y_minor_ticks?: "auto" | number;
  tools?: ToolsArg;
  tooltips?: Tooltips | null;
}

const FIGURE_OPTIONS = new Set([
  "title", "x_range", "y_range", "x_axis_type", "y_axis_type", "x_axis_location", "y_axis_location", "x_axis_label",
  "y_axis_label", "x_minor_ticks", "y_minor_ticks", "tools", "tooltips",
  "active_drag", "active_inspect", "active_scroll", "active_tap", "active_multi",
]);

function bad(message: string, details: Record<string, unknown> = {}): ValidationError {
  return new ValidationError(ErrorCode.BAD_VALUE, message, details);
}

function is_factor(v: unknown): boolean {
  return typeof v === "string" || (Array.isArray(v) && (v.length === 2 || v.length === 3) && v.every((x) => typeof x === "string"));
}

/** bokeh.plotting._plot.get_range */
export function get_range(arg: RangeArg | undefined, what = "range"): Range {
  if (arg === undefined || arg === null) return new DataRange1d();
  if (arg instanceof Range) return arg;
  if (Array.isArray(arg)) {
    if (arg.length > 0 && arg.every(is_factor)) return new FactorRange({ factors: arg as Factors });
    if (arg.length === 2) {
      const [s, e] = arg.map((v) => (v instanceof Date ? v.getTime() : v));
      if (typeof s === "number" && typeof e === "number") return new Range1d({ start: s, end: e });
    }
  }
  throw bad(`Unrecognized ${what} input: expected a Range, a [start, end] pair or a list of factors`, { attr: what });
}

/** bokeh.plotting._plot.get_scale */
export function get_scale(range: Range, axis_type: AxisType | undefined): Scale {
  if (range instanceof FactorRange) return new CategoricalScale();
  if (axis_type === "log") return new LogScale();
  return new LinearScale();
}

type AxisClass = typeof LinearAxis | typeof LogAxis | typeof DatetimeAxis | typeof CategoricalAxis;

function axis_class(axis_type: AxisType, range: Range): AxisClass | null {
  switch (axis_type) {
    case null: return null;
    case "linear": return LinearAxis;
    case "log": return LogAxis;
    case "datetime": return DatetimeAxis;
    case "auto":
      if (range instanceof FactorRange) return CategoricalAxis;
      return LinearAxis;
    default:
      throw bad(`Unrecognized axis_type: ${JSON.stringify(axis_type)}`, { attr: "axis_type", received: axis_type });
  }
}

function num_minor_ticks(cls: AxisClass, minor: "auto" | number): number {
  if (typeof minor === "number") {
    if (!Number.isInteger(minor) || minor < 2) throw bad("num_minor_ticks must be > 1", { attr: "minor_ticks", received: minor });
    return minor;
  }
  return cls === LogAxis ? 10 : 5;
}

/** bokeh.plotting._plot.process_axis_and_grid */
function process_axis_and_grid(
  plot: Plot, axis_type: AxisType, location: "above" | "below" | "left" | "right" | null,
  minor: "auto" | number, label: string | null | undefined, range: Range, dim: 0 | 1,
): void {
  const cls = axis_class(axis_type, range);
  if (cls === null) return;
  const axis = new cls();
  if (axis.ticker instanceof ContinuousTicker) axis.ticker.num_minor_ticks = num_minor_ticks(cls, minor);
  if (label != null && label !== "") axis.axis_label = label;
  const grid = new Grid({ dimension: dim, axis });
  plot.center = [...plot.center, grid];
  if (location !== null) plot.setv({ [location]: [...plot[location], axis] });
}

/** Make a Figure as bokeh.plotting.figure(**kwargs) does. */
export function figure(options: FigureOptions = {}): Figure {
  const plot_attrs: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(options)) if (!FIGURE_OPTIONS.has(k) && v !== undefined) plot_attrs[k] = v;

  const o = options;
  const title = o.title instanceof Title ? o.title : o.title === null ? null : new Title({ text: o.title ?? "" });
  const x_range = get_range(o.x_range, "x_range");
  const y_range = get_range(o.y_range, "y_range");
  const x_axis_type = o.x_axis_type === undefined ? "auto" : o.x_axis_type;
  const y_axis_type = o.y_axis_type === undefined ? "auto" : o.y_axis_type;
  for (const t of [x_axis_type, y_axis_type]) {
    if (t !== null && !["linear", "log", "datetime", "auto"].includes(t)) throw bad(`Unrecognized axis_type: ${JSON.stringify(t)}`, { attr: "axis_type", received: t });
  }
  const { tools, tool_map } = process_tools_arg(o.tools ?? DEFAULT_TOOLS, o.tooltips);

  const plot = new Figure({
    ...(plot_attrs as ConstructorParameters<typeof Figure>[0]),
    title,
    x_range,
    y_range,
    x_scale: get_scale(x_range, x_axis_type),
    y_scale: get_scale(y_range, y_axis_type),
  });
  process_axis_and_grid(plot, x_axis_type, o.x_axis_location === undefined ? "below" : o.x_axis_location, o.x_minor_ticks ?? "auto", o.x_axis_label, x_range, 0);
  process_axis_and_grid(plot, y_axis_type, o.y_axis_location === undefined ? "left" : o.y_axis_location, o.y_minor_ticks ?? "auto", o.y_axis_label, y_range, 1);
  plot.toolbar.tools = [...plot.toolbar.tools, ...tools];
  process_active_tools(plot.toolbar, tool_map, o);
  return plot;
}
