/**
 * Visual property groups (BokehJS core/property_mixins): line, fill, hatch, text, image,
 * as plain ("scalar") properties or as data specs ("vector"), under any prefix
 * (`line_plain("outline_")` gives `outline_line_color`, ...). Overrides change defaults.
 */
import { p, type PropDef } from "../../core/model.ts";
import { type Kind, Enum, Nullable, Or, List, Dict, Number as Num, String as Str, Percent, Color, type ColorValue } from "../../core/kinds.ts";
import { DataSpec, ColorSpec, AlphaSpec, NumberSpec, EnumSpec, ValueOnlySpec, type SpecInput } from "../../core/specs.ts";
import { AnyRef } from "../layouts/kinds.ts";

// ---- enums (BokehJS core/enums) -------------------------------------------------
export const LineJoin = Enum("miter", "round", "bevel");
export const LineCap = Enum("butt", "round", "square");
export const LineDashName = Enum("solid", "dashed", "dotted", "dotdash", "dashdot");
export const FontStyle = Enum("normal", "italic", "bold", "bold italic");
export const TextAlign = Enum("left", "right", "center");
export const TextBaseline = Enum("top", "middle", "bottom", "alphabetic", "hanging", "ideographic");
export const HatchPatternNames = [
  "blank", "dot", "ring", "horizontal_line", "vertical_line", "cross", "horizontal_dash", "vertical_dash", "spiral",
  "right_diagonal_line", "left_diagonal_line", "diagonal_cross", "right_diagonal_dash", "left_diagonal_dash",
  "horizontal_wave", "vertical_wave", "criss_cross",
  " ", ".", "o", "-", "|", "+", '"', ":", "@", "/", "\\", "x", ",", "`", "v", ">", "*",
] as const;
const hatch_names = new Set<string>(HatchPatternNames);

/** A dash pattern: a name or a list of segment lengths. */
export const LineDash: Kind<string | number[]> = Or(LineDashName, List(Num));
export type LineDashValue = string | number[];

const FONT_SIZE = /^[+-]?(\d+(\.\d*)?|\.\d+)(%|em|ex|ch|ic|rem|vw|vh|vi|vb|vmin|vmax|cm|mm|q|in|pc|pt|px)$/i;
export const FontSizeSpec = DataSpec<string>("FontSizeSpec", Str, (s) => FONT_SIZE.test(s));
export const FontSpec = ValueOnlySpec("FontSpec", Str);
export const DashPatternSpec = ValueOnlySpec("DashPatternSpec", LineDash);
export const HatchPatternSpec = DataSpec<string | null>("HatchPatternSpec", Nullable(Str), (s) => hatch_names.has(s));
export const HatchExtra = Dict(AnyRef);

type Prefixed<P extends string, T> = { [K in keyof T as `${P}${K & string}`]: T[K] };

function prefix<P extends string, T extends Record<string, PropDef<unknown>>>(pre: P, table: T): Prefixed<P, T> {
  const out: Record<string, PropDef<unknown>> = {};
  for (const [k, v] of Object.entries(table)) out[`${pre}${k}`] = v;
  return out as Prefixed<P, T>;
}

const vv = <T>(v: T): (() => SpecInput<T>) => () => ({ value: v });

// ---- plain (BokehJS Line/Fill/Hatch/Text and their *Scalar variants) ----------------

export interface LineDefaults { line_color?: ColorValue | null; line_alpha?: number; line_width?: number; line_join?: "miter" | "round" | "bevel"; line_cap?: "butt" | "round" | "square"; line_dash?: LineDashValue; line_dash_offset?: number }
export interface FillDefaults { fill_color?: ColorValue | null; fill_alpha?: number }
export interface HatchDefaults { hatch_color?: ColorValue | null; hatch_alpha?: number; hatch_scale?: number; hatch_pattern?: string | null; hatch_weight?: number }
export interface TextDefaults {
  text_color?: ColorValue | null; text_outline_color?: ColorValue | null; text_outline_width?: number; text_alpha?: number; text_font?: string;
  text_font_size?: string; text_font_style?: "normal" | "italic" | "bold" | "bold italic"; text_align?: "left" | "right" | "center";
  text_baseline?: "top" | "middle" | "bottom" | "alphabetic" | "hanging" | "ideographic"; text_line_height?: number;
}

function line_plain_table(o: LineDefaults) {
  const dash = o.line_dash ?? [];
  return {
    line_color: p(Nullable(Color), o.line_color === undefined ? "black" : o.line_color),
    line_alpha: p(Percent, o.line_alpha ?? 1),
    line_width: p(Num, o.line_width ?? 1),
    line_join: p(LineJoin, o.line_join ?? "bevel"),
    line_cap: p(LineCap, o.line_cap ?? "butt"),
    line_dash: p(LineDash, () => (Array.isArray(dash) ? [...dash] : dash)),
    line_dash_offset: p(Num, o.line_dash_offset ?? 0),
  };
}
function fill_plain_table(o: FillDefaults) {
  return {
    fill_color: p(Nullable(Color), o.fill_color === undefined ? "gray" : o.fill_color),
    fill_alpha: p(Percent, o.fill_alpha ?? 1),
  };
}
function hatch_plain_table(o: HatchDefaults) {
  return {
    hatch_color: p(Nullable(Color), o.hatch_color === undefined ? "black" : o.hatch_color),
    hatch_alpha: p(Percent, o.hatch_alpha ?? 1),
    hatch_scale: p(Num, o.hatch_scale ?? 12),
    hatch_pattern: p(Nullable(Str), o.hatch_pattern ?? null),
    hatch_weight: p(Num, o.hatch_weight ?? 1),
    hatch_extra: p(HatchExtra, () => ({})),
  };
}
function text_plain_table(o: TextDefaults) {
  return {
    text_color: p(Nullable(Color), o.text_color === undefined ? "#444444" : o.text_color),
    text_outline_color: p(Nullable(Color), o.text_outline_color ?? null),
    text_outline_width: p(Num, o.text_outline_width ?? 1),
    text_alpha: p(Percent, o.text_alpha ?? 1),
    text_font: p(Str, o.text_font ?? "helvetica"),
    text_font_size: p(Str, o.text_font_size ?? "16px"),
    text_font_style: p(FontStyle, o.text_font_style ?? "normal"),
    text_align: p(TextAlign, o.text_align ?? "left"),
    text_baseline: p(TextBaseline, o.text_baseline ?? "bottom"),
    text_line_height: p(Num, o.text_line_height ?? 1.2),
  };
}

export const line_plain = <P extends string = "">(pre: P = "" as P, o: LineDefaults = {}) => prefix(pre, line_plain_table(o));
export const fill_plain = <P extends string = "">(pre: P = "" as P, o: FillDefaults = {}) => prefix(pre, fill_plain_table(o));
export const hatch_plain = <P extends string = "">(pre: P = "" as P, o: HatchDefaults = {}) => prefix(pre, hatch_plain_table(o));
export const text_plain = <P extends string = "">(pre: P = "" as P, o: TextDefaults = {}) => prefix(pre, text_plain_table(o));
/** BokehJS's *Scalar mixins serialise as plain values, like Python's Scalar*Props. */
export { line_plain as line_scalar, fill_plain as fill_scalar, hatch_plain as hatch_scalar, text_plain as text_scalar };

// ---- vector (data specs) ----------------------------------------------------------------

function line_vector_table(o: LineDefaults) {
  const dash = o.line_dash ?? [];
  return {
    line_color: p(ColorSpec, vv(o.line_color === undefined ? "black" : o.line_color)),
    line_alpha: p(AlphaSpec, vv(o.line_alpha ?? 1)),
    line_width: p(NumberSpec, vv(o.line_width ?? 1)),
    line_join: p(EnumSpec("LineJoinSpec", "miter", "round", "bevel"), vv(o.line_join ?? "bevel")),
    line_cap: p(EnumSpec("LineCapSpec", "butt", "round", "square"), vv(o.line_cap ?? "butt")),
    line_dash: p(DashPatternSpec, () => ({ value: Array.isArray(dash) ? [...dash] : dash })),
    line_dash_offset: p(NumberSpec, vv(o.line_dash_offset ?? 0)),
  };
}
function fill_vector_table(o: FillDefaults) {
  return {
    fill_color: p(ColorSpec, vv(o.fill_color === undefined ? "gray" : o.fill_color)),
    fill_alpha: p(AlphaSpec, vv(o.fill_alpha ?? 1)),
  };
}
function hatch_vector_table(o: HatchDefaults) {
  return {
    hatch_color: p(ColorSpec, vv(o.hatch_color === undefined ? "black" : o.hatch_color)),
    hatch_alpha: p(AlphaSpec, vv(o.hatch_alpha ?? 1)),
    hatch_scale: p(NumberSpec, vv(o.hatch_scale ?? 12)),
    hatch_pattern: p(HatchPatternSpec, vv(o.hatch_pattern ?? null)),
    hatch_weight: p(NumberSpec, vv(o.hatch_weight ?? 1)),
    hatch_extra: p(HatchExtra, () => ({})),
  };
}
function text_vector_table(o: TextDefaults) {
  return {
    text_color: p(ColorSpec, vv(o.text_color === undefined ? "#444444" : o.text_color)),
    text_outline_color: p(ColorSpec, vv(o.text_outline_color ?? null)),
    text_outline_width: p(NumberSpec, vv(o.text_outline_width ?? 1)),
    text_alpha: p(AlphaSpec, vv(o.text_alpha ?? 1)),
    text_font: p(FontSpec, vv(o.text_font ?? "helvetica")),
    text_font_size: p(FontSizeSpec, vv(o.text_font_size ?? "16px")),
    text_font_style: p(EnumSpec("FontStyleSpec", "normal", "italic", "bold", "bold italic"), vv(o.text_font_style ?? "normal")),
    text_align: p(EnumSpec("TextAlignSpec", "left", "right", "center"), vv(o.text_align ?? "left")),
    text_baseline: p(EnumSpec("TextBaselineSpec", "top", "middle", "bottom", "alphabetic", "hanging", "ideographic"), vv(o.text_baseline ?? "bottom")),
    text_line_height: p(NumberSpec, vv(o.text_line_height ?? 1.2)),
  };
}

export const line_vector = <P extends string = "">(pre: P = "" as P, o: LineDefaults = {}) => prefix(pre, line_vector_table(o));
export const fill_vector = <P extends string = "">(pre: P = "" as P, o: FillDefaults = {}) => prefix(pre, fill_vector_table(o));
export const hatch_vector = <P extends string = "">(pre: P = "" as P, o: HatchDefaults = {}) => prefix(pre, hatch_vector_table(o));
export const text_vector = <P extends string = "">(pre: P = "" as P, o: TextDefaults = {}) => prefix(pre, text_vector_table(o));
export const image_vector = () => ({ global_alpha: p(NumberSpec, vv(1)) });

/** Names of each group's properties (without prefix), for the plotting API's shorthands. */
export const LINE_PROPS = Object.keys(line_plain_table({}));
export const FILL_PROPS = Object.keys(fill_plain_table({}));
export const HATCH_PROPS = Object.keys(hatch_plain_table({}));
export const TEXT_PROPS = Object.keys(text_plain_table({}));
