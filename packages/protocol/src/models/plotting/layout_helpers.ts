/** bokeh.layouts: column(), row(), layout(), gridplot(). */
import { is_plain_object } from "../../core/kinds.ts";
import { ErrorCode, ValidationError } from "../../errors.ts";
import { Column, Row, UIElement, LayoutDOM } from "../layouts/index.ts";
import { Plot } from "../plots/plot.ts";
import { GridPlot } from "../plots/grid_plot.ts";
import { Toolbar } from "../tools/toolbar.ts";
import { Tool } from "../tools/tool.ts";
import { SaveTool } from "../tools/save_tool.ts";

type BoxAttrs = NonNullable<ConstructorParameters<typeof Column>[0]>;
/** `(...children)`, `([children])` or `([children], {attrs})`. */
export type BoxArgs = UIElement[] | [UIElement[]] | [UIElement[], Omit<BoxAttrs, "children">];

function split_box_args(what: string, args: readonly unknown[]): [UIElement[], Record<string, unknown>] {
  let children: unknown[];
  let attrs: Record<string, unknown> = {};
  if (args.length >= 1 && Array.isArray(args[0])) {
    if (args.length > 2 || (args.length === 2 && !is_plain_object(args[1]))) {
      throw new ValidationError(ErrorCode.BAD_VALUE, `${what}() takes (...children) or ([children], attrs)`);
    }
    children = args[0];
    attrs = (args[1] as Record<string, unknown> | undefined) ?? {};
  } else {
    children = [...args];
    const last = children[children.length - 1];
    if (is_plain_object(last)) attrs = children.pop() as Record<string, unknown>;
  }
  const bad = children.findIndex((c) => !(c instanceof UIElement));
  if (bad >= 0) {
    throw new ValidationError(ErrorCode.BAD_VALUE, `${what}(): child ${bad} is not a UI element (a plot, widget or layout)`, { index: bad });
  }
  return [children as UIElement[], attrs];
}

/** Children top to bottom: `column(a, b)`, `column([a, b])`, `column([a, b], {sizing_mode: "stretch_width"})`. */
export function column(...args: BoxArgs): Column {
  const [children, attrs] = split_box_args("column", args);
  return new Column({ ...attrs, children });
}

/** Children left to right: `row(a, b)`, `row([a, b])`, `row([a, b], {spacing: 10})`. */
export function row(...args: BoxArgs): Row {
  const [children, attrs] = split_box_args("row", args);
  return new Row({ ...attrs, children });
}

/** Nested lists of elements for `layout()`: the outer list is a column of rows, a list inside a row a column, and so on. */
export type LayoutChildren = ReadonlyArray<UIElement | LayoutChildren>;

/**
 * bokeh.layouts.layout: `layout([[a, b], [c]])` is a column of rows; lists alternate between
 * columns (even depth) and rows (odd depth). `sizing_mode` goes to every box and to each
 * element that has none of its own; other attributes go to the outer column.
 */
export function layout(children: LayoutChildren, attrs: Omit<BoxAttrs, "children"> = {}): Column {
  const sizing_mode = attrs.sizing_mode ?? null;
  const grid = (items: LayoutChildren, depth: number, path: string): Column | Row => {
    if (!Array.isArray(items)) throw new ValidationError(ErrorCode.BAD_VALUE, `layout(): ${path} must be a list of elements or lists`);
    const kids = items.map((item, i): UIElement => {
      if (Array.isArray(item)) return grid(item, depth + 1, `${path}[${i}]`);
      if (!(item instanceof UIElement)) {
        throw new ValidationError(ErrorCode.BAD_VALUE, `layout(): ${path}[${i}] is not a UI element (a plot, widget or layout) or a list`, { index: i });
      }
      if (sizing_mode !== null && item instanceof LayoutDOM && item.sizing_mode === null) item.sizing_mode = sizing_mode;
      return item;
    });
    const box_attrs = { ...(depth === 0 ? attrs : {}), ...(sizing_mode !== null ? { sizing_mode } : {}), children: kids };
    return depth % 2 === 0 ? new Column(box_attrs) : new Row(box_attrs);
  };
  return grid(children, 0, "children") as Column;
}

export interface GridplotOptions {
  toolbar_location?: "above" | "below" | "left" | "right" | null;
  sizing_mode?: NonNullable<BoxAttrs["sizing_mode"]> | null;
  ncols?: number;
  width?: number;
  height?: number;
  merge_tools?: boolean;
  toolbar_options?: { logo?: "normal" | "grey" | null; autohide?: boolean };
}

/**
 * Plots on a grid with one toolbar, as bokeh.layouts.gridplot: a 2-D list (null leaves a
 * hole) or a flat list with `ncols`. Each plot's own toolbar is hidden and its tools are
 * gathered into the grid's toolbar (several SaveTools become one; Bokeh's ToolProxy
 * merging of other tools is not implemented).
 */
export function gridplot(children: ReadonlyArray<ReadonlyArray<UIElement | null>> | ReadonlyArray<UIElement | null>, options: GridplotOptions = {}): GridPlot {
  const merge_tools = options.merge_tools ?? true;
  let matrix: Array<Array<UIElement | null>>;
  const flat = children.every((c) => c === null || c instanceof UIElement);
  if (options.ncols !== undefined) {
    if (!flat) throw new ValidationError(ErrorCode.BAD_VALUE, "gridplot() expects a flat list of elements when ncols is set");
    const n = options.ncols;
    if (!Number.isInteger(n) || n < 1) throw new ValidationError(ErrorCode.BAD_VALUE, `gridplot(): ncols must be a positive integer, got ${n}`);
    const items = children as ReadonlyArray<UIElement | null>;
    matrix = [];
    for (let i = 0; i < items.length; i += n) matrix.push(items.slice(i, i + n));
  } else {
    if (children.length > 0 && flat) throw new ValidationError(ErrorCode.BAD_VALUE, "gridplot() expects a list of rows (or ncols)");
    matrix = (children as ReadonlyArray<ReadonlyArray<UIElement | null>>).map((r) => {
      if (!Array.isArray(r)) throw new ValidationError(ErrorCode.BAD_VALUE, "gridplot() expects a list of rows");
      return [...r];
    });
  }
  for (const r of matrix) {
    for (const item of r) {
      if (item !== null && !(item instanceof UIElement)) throw new ValidationError(ErrorCode.BAD_VALUE, "gridplot(): children must be UI elements or null");
    }
  }

  const items: Array<[UIElement, number, number]> = [];
  const toolbars: Toolbar[] = [];
  matrix.forEach((r, y) => r.forEach((item, x) => {
    if (item === null) return;
    if (item instanceof Plot && merge_tools) {
      toolbars.push(item.toolbar);
      item.toolbar_location = null;
    }
    if (item instanceof LayoutDOM) {
      if (options.width !== undefined) item.width = options.width;
      if (options.height !== undefined) item.height = options.height;
      if (options.sizing_mode != null && item.sizing_mode === null) item.sizing_mode = options.sizing_mode;
    }
    items.push([item, y, x]);
  }));

  let tools: Tool[] = toolbars.flatMap((tb) => tb.tools);
  if (merge_tools && tools.filter((t) => t instanceof SaveTool).length > 1) {
    const first = tools.findIndex((t) => t instanceof SaveTool);
    tools = tools.filter((t, i) => !(t instanceof SaveTool) || i === first).map((t) => (t instanceof SaveTool ? new SaveTool() : t));
  }
  const logo = toolbars.length > 0 && toolbars.every((tb) => tb.logo === toolbars[0]!.logo) ? toolbars[0]!.logo : "normal";
  const toolbar = new Toolbar({ tools, logo, ...(options.toolbar_options ?? {}) });
  return new GridPlot({
    children: items,
    toolbar,
    toolbar_location: options.toolbar_location === undefined ? "above" : options.toolbar_location,
    ...(options.sizing_mode != null ? { sizing_mode: options.sizing_mode } : {}),
  });
}
