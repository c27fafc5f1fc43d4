/**
 * The glyph methods of bokeh.plotting (`p.line(...)`, `p.scatter(...)`): keyword style
 * (`p.line({x: "x", y: "y", source})`) and BokehJS's positional style (`p.line(xs, ys, {...})`).
 * Mirrors bokeh/plotting/_renderer.py: visuals and their `color`/`alpha` shorthands,
 * nonselection/selection/hover/muted glyphs, literal arrays turned into columns, legends.
 */
import type { ModelClass } from "../../core/model.ts";
import { type TypedArray, type ColorValue, is_plain_object, is_typed_array } from "../../core/kinds.ts";
import type { Spec } from "../../core/specs.ts";
import { ErrorCode, ValidationError } from "../../errors.ts";
import { ndarray } from "../../codec/bytes.ts";
import type { Plot } from "../plots/plot.ts";
import { Glyph } from "../glyphs/glyph.ts";
import { GlyphRenderer } from "../renderers/glyph_renderer.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { CDSView } from "../sources/cds_view.ts";
import { Legend } from "../annotations/legend.ts";
import { LegendItem } from "../annotations/legend_item.ts";

/** Bokeh's default glyph color (bokeh.plotting._renderer: get_default_color). */
export const DEFAULT_COLOR = "#1f77b4";

/** What a glyph argument may be: a column name, a value, a spec, or literal data. */
export type ArgValue = string | number | boolean | null | Date | ColorValue | Spec<unknown> | TypedArray | readonly unknown[];

type GlyphAttrs<C> = C extends { readonly __attrs__?: infer A } ? NonNullable<A> : never;

export interface RendererArgs {
  source?: ColumnDataSource;
  name?: string | null;
  x_range_name?: string;
  y_range_name?: string;
  level?: "image" | "underlay" | "glyph" | "guide" | "annotation" | "overlay";
  view?: CDSView;
  visible?: boolean;
  muted?: boolean;
  /** A fixed legend label (adds to the plot's Legend, creating one in the center panel). */
  legend_label?: string;
  /** A legend entry per distinct value of a column (grouped in the browser). */
  legend_field?: string;
  /** A legend entry per distinct value of a column, grouped once here (the source is given). */
  legend_group?: string;
}

export interface VisualShorthands {
  color?: ArgValue;
  alpha?: ArgValue;
}

type Prefix = "nonselection_" | "selection_" | "hover_" | "muted_";
/** Keyword arguments of a glyph method: the glyph's attributes (as values, column names, specs or arrays). */
export type GlyphKwargs<C> = { [K in keyof GlyphAttrs<C>]?: GlyphAttrs<C>[K] | ArgValue } & RendererArgs & VisualShorthands & {
  [K in `${Prefix}${string}`]?: unknown;
};
/** Keyword form, or positional arguments (in the glyph's argument order) optionally followed by keywords. */
export type GlyphCall<C> = [GlyphKwargs<C>] | ArgValue[] | [...ArgValue[], GlyphKwargs<C>];

/** Positional argument names of each glyph (Python's `_args`). */
export const GLYPH_ARGS: Readonly<Record<string, readonly string[]>> = {
  Scatter: ["x", "y"],
  Circle: ["x", "y", "radius"],
  Line: ["x", "y"],
  Step: ["x", "y"],
  MultiLine: ["xs", "ys"],
  Patch: ["x", "y"],
  Patches: ["xs", "ys"],
  VArea: ["x", "y1", "y2"],
  HArea: ["x1", "x2", "y"],
  Quad: ["left", "right", "top", "bottom"],
  Rect: ["x", "y", "width", "height", "angle", "dilate"],
  VBar: ["x", "width", "top", "bottom"],
  HBar: ["y", "height", "right", "left"],
  Segment: ["x0", "y0", "x1", "y1"],
  Ray: ["x", "y", "length", "angle"],
  Wedge: ["x", "y", "radius", "start_angle", "end_angle", "direction"],
  Text: ["x", "y", "text", "angle", "x_offset", "y_offset"],
  Image: ["image", "x", "y", "dw", "dh", "dilate"],
  ImageRGBA: ["image", "x", "y", "dw", "dh", "dilate"],
  AnnularWedge: ["x", "y", "inner_radius", "outer_radius", "start_angle", "end_angle", "direction"],
  Annulus: ["x", "y", "inner_radius", "outer_radius"],
  Arc: ["x", "y", "radius", "start_angle", "end_angle", "direction"],
  Bezier: ["x0", "y0", "x1", "y1", "cx0", "cy0", "cx1", "cy1"],
  Block: ["x", "y", "width", "height"],
  Ellipse: ["x", "y", "width", "height", "angle"],
  HAreaStep: ["x1", "x2", "y"],
  VAreaStep: ["x", "y1", "y2"],
  HexTile: ["q", "r"],
  HSpan: ["y"],
  VSpan: ["x"],
  HStrip: ["y0", "y1"],
  VStrip: ["x0", "x1"],
  ImageStack: ["image", "x", "y", "dw", "dh"],
  ImageURL: ["url", "x", "y", "w", "h", "angle", "dilate"],
  MultiPolygons: ["xs", "ys"],
  Ngon: ["x", "y", "radius"],
  Quadratic: ["x0", "y0", "x1", "y1", "cx", "cy"],
  MathMLGlyph: ["x", "y", "text", "angle", "x_offset", "y_offset"],
  TeXGlyph: ["x", "y", "text", "angle", "x_offset", "y_offset"],
};

const RENDERER_ARGS = ["name", "x_range_name", "y_range_name", "level", "view", "visible", "muted"] as const;
const VISUAL_FEATURES = new Set(["line", "fill", "hatch", "text", "global"]);

function bad(message: string, details: Record<string, unknown> = {}): ValidationError {
  return new ValidationError(ErrorCode.BAD_VALUE, message, details);
}

function is_spec_like(v: unknown): boolean {
  return is_plain_object(v) && ("field" in v || "value" in v || "expr" in v);
}

/** Split `(args)` of a glyph method into keyword arguments. */
export function normalize_call(glyph_name: string, args: readonly unknown[]): Record<string, unknown> {
  const names = GLYPH_ARGS[glyph_name] ?? [];
  let positional = [...args];
  let kwargs: Record<string, unknown> = {};
  const last = positional[positional.length - 1];
  if (positional.length > 0 && is_plain_object(last) && !is_spec_like(last)) {
    kwargs = { ...last };
    positional = positional.slice(0, -1);
  }
  if (positional.length > names.length) {
    throw bad(`${glyph_name.toLowerCase()}() takes at most ${names.length} positional arguments (${names.join(", ")}), got ${positional.length}`, { glyph: glyph_name });
  }
  for (let i = 0; i < positional.length; i++) {
    const name = names[i]!;
    if (name in kwargs) throw bad(`${glyph_name.toLowerCase()}() got '${name}' both positionally and as a keyword`, { glyph: glyph_name, attr: name });
    kwargs[name] = positional[i];
  }
  return kwargs;
}

function split_feature_trait(name: string): [string, string | null] {
  const i = name.indexOf("_");
  return i < 0 ? [name, null] : [name.slice(0, i), name.slice(i + 1)];
}

function is_visual(name: string): boolean {
  const [feature, trait] = split_feature_trait(name);
  return VISUAL_FEATURES.has(feature) && trait !== null;
}

interface VisualProp {
  readonly name: string;
  readonly trait: string;
  /** The class has an attribute named as the bare trait (e.g. Text's `text_color` vs a glyph's `color`): the trait is not a shorthand. */
  readonly trait_is_attr: boolean;
}

/** A glyph class's visual attributes, worked out once per class (every glyph call reads them up to five times). */
const visual_props_of = new WeakMap<ModelClass, readonly VisualProp[]>();
function visual_props(cls: ModelClass): readonly VisualProp[] {
  let out = visual_props_of.get(cls);
  if (out === undefined) {
    out = [...cls.__props__.keys()].filter(is_visual).map((name) => {
      const trait = split_feature_trait(name)[1]!;
      return { name, trait, trait_is_attr: cls.__props__.has(trait) };
    });
    visual_props_of.set(cls, out);
  }
  return out;
}

const TRAIT_DEFAULTS: Readonly<Record<string, unknown>> = { color: DEFAULT_COLOR, alpha: 1.0 };

/** bokeh.plotting._renderer.pop_visuals */
function pop_visuals(
  cls: ModelClass, props: Record<string, unknown>, prefix = "",
  defaults: Record<string, unknown> = {}, override_defaults: Record<string, unknown> = {},
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const traits = new Set<string>();
  for (const { name, trait, trait_is_attr } of visual_props(cls)) {
    if (prefix + name in props) {
      result[name] = props[prefix + name];
      delete props[prefix + name];
    } else if (!trait_is_attr && prefix + trait in props) {
      result[name] = props[prefix + trait];
    } else if (trait in override_defaults) {
      result[name] = override_defaults[trait];
    } else if (name in defaults) {
      result[name] = defaults[name];
    } else if (trait in TRAIT_DEFAULTS) {
      result[name] = TRAIT_DEFAULTS[trait];
    }
    if (!trait_is_attr) traits.add(trait);
  }
  for (const trait of traits) delete props[prefix + trait];
  return result;
}

function is_dataspec(cls: ModelClass, name: string): boolean {
  const spec = cls.__props__.get(name);
  return spec !== undefined && spec.def.kind.name.endsWith("Spec") && spec.def.kind.name !== "DashPatternSpec";
}

function is_color_tuple(v: unknown): boolean {
  return Array.isArray(v) && (v.length === 3 || v.length === 4) && v.every((x) => typeof x === "number");
}

/**
 * Images given as nested lists (rows of numbers) become 2-d ndarrays: BokehJS's image glyphs
 * read each image's `.shape`/`.dimension` and refuse plain lists ("expected a 2D array").
 */
function as_images(cls: ModelClass, v: readonly unknown[]): unknown[] {
  return v.map((img) => {
    if (!Array.isArray(img) || img.length === 0 || !img.every((row) => Array.isArray(row))) return img;
    const rows = img as unknown[][];
    const h = rows.length, w = rows[0]!.length;
    const out = cls.__name__ === "ImageRGBA" ? new Uint32Array(h * w) : new Float64Array(h * w);
    for (let i = 0; i < h; i++) for (let j = 0; j < w; j++) out[i * w + j] = Number(rows[i]![j]);
    return ndarray(out, [h, w]);
  });
}

/** bokeh.plotting._renderer._process_sequence_literals: arrays for data specs become columns. */
function process_sequence_literals(
  cls: ModelClass, kwargs: Record<string, unknown>, columns: Record<string, unknown>, user_source: boolean, incompatible: string[],
): void {
  for (const [name, v] of Object.entries(kwargs)) {
    if (!(Array.isArray(v) || is_typed_array(v))) continue;
    if (!is_dataspec(cls, name)) continue;
    if (cls.__props__.get(name)!.def.kind.name === "ColorSpec" && is_color_tuple(v)) continue;
    if (user_source) {
      incompatible.push(name);
      continue;
    }
    columns[name] = name === "image" && Array.isArray(v) ? as_images(cls, v) : v;
    kwargs[name] = { field: name };
  }
}

function make_glyph(cls: ModelClass, kwargs: Record<string, unknown>, extra: Record<string, unknown> | null): Glyph | null {
  if (extra === null) return null;
  return new cls({ ...kwargs, ...extra }) as Glyph;
}

function panels(plot: Plot) {
  return [...plot.center, ...plot.above, ...plot.below, ...plot.left, ...plot.right];
}

/** The plot's first Legend, or null. */
export function find_legend(plot: Plot): Legend | null {
  for (const m of panels(plot)) if (m instanceof Legend) return m;
  return null;
}

/** The plot's legend, made (in the center) when it has none. */
function legend_of(plot: Plot): Legend {
  let legend = find_legend(plot);
  if (legend === null) {
    legend = new Legend();
    plot.center = [...plot.center, legend];
  }
  return legend;
}

type LegendLabel = { field: string } | { value: string };

function same_label(a: unknown, b: LegendLabel): boolean {
  if (!is_plain_object(a)) return false;
  return "field" in b ? a.field === b.field : "value" in a && a.value === b.value;
}

/** bokeh.plotting._legends: add the renderer to an item with the same label, or a new item. */
function update_legend(plot: Plot, label: LegendLabel, renderer: GlyphRenderer): void {
  const legend = legend_of(plot);
  const item = legend.items.find((it) => same_label(it.label, label));
  if (item !== undefined) item.renderers = [...item.renderers, renderer];
  else legend.items = [...legend.items, new LegendItem({ label, renderers: [renderer] })];
}

/**
 * bokeh.plotting._renderer.create_renderer. Everything is validated and built before the
 * plot is touched, so a refused call leaves the plot (and a user's source) unchanged.
 */
export function create_renderer(plot: Plot, cls: ModelClass, args: readonly unknown[]): GlyphRenderer {
  const kwargs = normalize_call(cls.__name__, args);

  const source_arg = kwargs.source;
  delete kwargs.source;
  if (source_arg !== undefined && !(source_arg instanceof ColumnDataSource)) {
    throw bad(`${cls.__name__}: 'source' must be a ColumnDataSource`, { glyph: cls.__name__, attr: "source" });
  }
  const user_source = source_arg !== undefined;

  let legend: LegendLabel | null = null;
  const legend_label = kwargs.legend_label, legend_field = kwargs.legend_field, legend_group = kwargs.legend_group;
  delete kwargs.legend_label;
  delete kwargs.legend_field;
  delete kwargs.legend_group;
  if ("legend" in kwargs) throw bad(`${cls.__name__}: use legend_label, legend_field or legend_group`, { glyph: cls.__name__ });
  if ([legend_label, legend_field, legend_group].filter((l) => l !== undefined).length > 1) {
    throw bad("only one of legend_label, legend_field, legend_group may be given");
  }
  if (legend_group !== undefined) check_legend_group(legend_group, source_arg);
  if (legend_label !== undefined) {
    if (typeof legend_label !== "string") throw bad("legend_label value must be a string", { attr: "legend_label" });
    legend = { value: legend_label };
  } else if (legend_field !== undefined) {
    if (typeof legend_field !== "string") throw bad("legend_field value must be a string", { attr: "legend_field" });
    legend = { field: legend_field };
  }

  const renderer_kws: Record<string, unknown> = {};
  for (const k of RENDERER_ARGS) {
    if (k in kwargs) {
      renderer_kws[k] = kwargs[k];
      delete kwargs[k];
    }
  }

  const glyph_visuals = pop_visuals(cls, kwargs);
  const columns: Record<string, unknown> = {};
  const incompatible: string[] = [];
  process_sequence_literals(cls, kwargs, columns, user_source, incompatible);
  process_sequence_literals(cls, glyph_visuals, columns, user_source, incompatible);
  if (incompatible.length > 0) {
    throw bad(
      `Expected ${incompatible.join(", ")} to reference fields in the supplied data source. When a 'source' argument is passed to a glyph method, values that are sequences (like lists or arrays) must come from references to data columns in the source.`,
      { glyph: cls.__name__, attrs: incompatible },
    );
  }

  const nonselection_visuals = pop_visuals(cls, kwargs, "nonselection_", glyph_visuals, { alpha: 0.1 });
  const has_prefixed = (pre: string) => Object.keys(kwargs).some((k) => k.startsWith(pre));
  const selection_visuals = has_prefixed("selection_") ? pop_visuals(cls, kwargs, "selection_", glyph_visuals) : null;
  const hover_visuals = has_prefixed("hover_") ? pop_visuals(cls, kwargs, "hover_", glyph_visuals) : null;
  const muted_visuals = pop_visuals(cls, kwargs, "muted_", glyph_visuals, { alpha: 0.2 });

  const glyph = make_glyph(cls, kwargs, glyph_visuals)!;
  const nonselection_glyph = make_glyph(cls, kwargs, nonselection_visuals);
  const selection_glyph = make_glyph(cls, kwargs, selection_visuals);
  const hover_glyph = make_glyph(cls, kwargs, hover_visuals);
  const muted_glyph = make_glyph(cls, kwargs, muted_visuals);

  const source = source_arg ?? new ColumnDataSource({ data: columns as Record<string, never> });
  const renderer = new GlyphRenderer({
    ...renderer_kws,
    data_source: source,
    glyph,
    nonselection_glyph: nonselection_glyph ?? "auto",
    selection_glyph: selection_glyph ?? "auto",
    hover_glyph,
    muted_glyph: muted_glyph ?? "auto",
  });

  plot.renderers = [...plot.renderers, renderer];
  if (legend !== null) update_legend(plot, legend, renderer);
  if (legend_group !== undefined) group_legend(plot, legend_group as string, renderer);
  return renderer;
}

function check_legend_group(group: unknown, source: ColumnDataSource | undefined): void {
  if (typeof group !== "string") throw bad("legend_group value must be a string", { attr: "legend_group" });
  if (source === undefined) throw bad("Cannot use 'legend_group' on a glyph without a data source already configured", { attr: "legend_group" });
  if (!(group in source.data)) throw bad("Column to be grouped does not exist in glyph data source", { attr: "legend_group", column: group });
}

/**
 * bokeh.plotting._legends._handle_legend_group: grouped here, once, not in the browser; one
 * item per distinct value (sorted, as numpy.unique), drawn with the row where it first occurs.
 */
function group_legend(plot: Plot, group: string, renderer: GlyphRenderer): void {
  const column = Array.from(renderer.data_source.data[group] as ArrayLike<unknown>);
  const first = new Map<string, number>();
  column.forEach((v, i) => {
    const key = String(v);
    if (!first.has(key)) first.set(key, i);
  });
  const numeric = column.every((v) => typeof v === "number");
  const keys = [...first.keys()].sort(numeric ? (a, b) => Number(a) - Number(b) : undefined);
  const legend = legend_of(plot);
  const items = keys.map((k) => new LegendItem({ label: { value: k }, renderers: [renderer], index: first.get(k)! }));
  legend.items = [...legend.items, ...items];
}
