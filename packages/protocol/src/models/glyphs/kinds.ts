/** Spec kinds for glyph coordinates and enums of BokehJS core/enums used by glyphs. */
import { type Kind, Enum, NonNegative, NumberArray, Number as Num, Or, String as Str, Tuple, type TypedArray } from "../../core/kinds.ts";
import { DataSpec, EnumSpec } from "../../core/specs.ts";

/** A coordinate: a number (or datetime ms), or a factor for categorical ranges. */
export const CoordinateValue: Kind<number | string | [string, string] | [string, string, string]> = Or(Num, Or(Str, Tuple(Str, Str), Tuple(Str, Str, Str)));
/** x/y coordinates: a bare string is a column name, a number a value. */
export const CoordinateSpec = DataSpec("CoordinateSpec", CoordinateValue);
/** xs/ys of MultiLine/Patches: a column of sequences, or one sequence as a value. */
export const CoordinateSeqSpec = DataSpec<number[] | TypedArray>("CoordinateSeqSpec", NumberArray);
/** An image as a value (rarely used) or, normally, a column name. */
export const NDArraySpec = DataSpec<unknown>("NDArraySpec", { name: "NDArray", refs: false, coerce: (v) => v });

export const MarkerTypes = [
  "asterisk", "circle", "circle_cross", "circle_dot", "circle_x", "circle_y", "cross", "dash", "diamond", "diamond_cross",
  "diamond_dot", "dot", "hex", "hex_dot", "inverted_triangle", "plus", "square", "square_cross", "square_dot", "square_pin",
  "square_x", "star", "star_dot", "triangle", "triangle_dot", "triangle_pin", "x", "y",
] as const;
export type MarkerType = (typeof MarkerTypes)[number];
export const MarkerType = Enum(...MarkerTypes);
export const MarkerSpec = EnumSpec("MarkerSpec", ...MarkerTypes);
export const OutlineShapeNames = ["none", "box", "rectangle", "square", "circle", "ellipse", "trapezoid", "parallelogram", "diamond", "triangle"] as const;
export const OutlineShapeSpec = EnumSpec("OutlineShapeSpec", ...OutlineShapeNames);
export const ImageOrigin = Enum("bottom_left", "top_left", "bottom_right", "top_right");
export const RadiusDimension = Enum("x", "y", "max", "min");
export const StepMode = Enum("after", "before", "center");
/** Screen sizes (marker size): a number value or a column name. */
export const SizeSpec = DataSpec<number>("ScreenSizeSpec", NonNegative);
