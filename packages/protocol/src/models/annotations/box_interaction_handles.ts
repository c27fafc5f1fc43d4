/**
 * BoxAnnotation's interaction handles (BokehJS 3.10 models/annotations/box_annotation): the
 * visuals of each handle. Hand-written (as BokehJS declares them) so BoxAnnotation's default
 * `handles` exists wherever BoxAnnotation does.
 */
import { define, p, HasProps } from "../../core/model.ts";
import { Color, Dict, Enum, List, Nullable, Percent, String as Str } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { Float, NamedRef, OneOf } from "../catalog/kinds.ts";

export class AreaVisuals extends define("AreaVisuals", HasProps, {
  line_color: p(Nullable(Color), "black"),
  line_alpha: p(Percent, 1),
  line_width: p(Float, 1),
  line_join: p(Enum("miter", "round", "bevel"), "bevel"),
  line_cap: p(Enum("butt", "round", "square"), "butt"),
  line_dash: p(OneOf<unknown>(Enum("solid", "dashed", "dotted", "dotdash", "dashdot"), List(Float)), () => ([]) as never),
  line_dash_offset: p(Float, 0),
  fill_color: p(Nullable(Color), "gray"),
  fill_alpha: p(Percent, 1),
  hatch_color: p(Nullable(Color), "black"),
  hatch_alpha: p(Percent, 1),
  hatch_scale: p(Float, 12),
  hatch_pattern: p(Nullable(OneOf<unknown>(Enum("blank", "dot", "ring", "horizontal_line", "vertical_line", "cross", "horizontal_dash", "vertical_dash", "spiral", "right_diagonal_line", "left_diagonal_line", "diagonal_cross", "right_diagonal_dash", "left_diagonal_dash", "horizontal_wave", "vertical_wave", "criss_cross", " ", ".", "o", "-", "|", "+", "\"", ":", "@", "/", "\\", "x", ",", "`", "v", ">", "*"), Str)), null),
  hatch_weight: p(Float, 1),
  hatch_extra: p(Dict(AnyRef), () => ({  }) as never),
  hover_line_color: p(Nullable(Color), "black"),
  hover_line_alpha: p(Percent, 1),
  hover_line_width: p(Float, 1),
  hover_line_join: p(Enum("miter", "round", "bevel"), "bevel"),
  hover_line_cap: p(Enum("butt", "round", "square"), "butt"),
  hover_line_dash: p(OneOf<unknown>(Enum("solid", "dashed", "dotted", "dotdash", "dashdot"), List(Float)), () => ([]) as never),
  hover_line_dash_offset: p(Float, 0),
  hover_fill_color: p(Nullable(Color), "gray"),
  hover_fill_alpha: p(Percent, 1),
  hover_hatch_color: p(Nullable(Color), "black"),
  hover_hatch_alpha: p(Percent, 1),
  hover_hatch_scale: p(Float, 12),
  hover_hatch_pattern: p(Nullable(OneOf<unknown>(Enum("blank", "dot", "ring", "horizontal_line", "vertical_line", "cross", "horizontal_dash", "vertical_dash", "spiral", "right_diagonal_line", "left_diagonal_line", "diagonal_cross", "right_diagonal_dash", "left_diagonal_dash", "horizontal_wave", "vertical_wave", "criss_cross", " ", ".", "o", "-", "|", "+", "\"", ":", "@", "/", "\\", "x", ",", "`", "v", ">", "*"), Str)), null),
  hover_hatch_weight: p(Float, 1),
  hover_hatch_extra: p(Dict(AnyRef), () => ({  }) as never),
}) {}

export class BoxInteractionHandles extends define("BoxInteractionHandles", HasProps, {
  all: p(NamedRef("AreaVisuals"), null as never),
  move: p(Nullable(NamedRef("AreaVisuals")), null),
  resize: p(Nullable(NamedRef("AreaVisuals")), null),
  sides: p(Nullable(NamedRef("AreaVisuals")), null),
  corners: p(Nullable(NamedRef("AreaVisuals")), null),
  left: p(Nullable(NamedRef("AreaVisuals")), null),
  right: p(Nullable(NamedRef("AreaVisuals")), null),
  top: p(Nullable(NamedRef("AreaVisuals")), null),
  bottom: p(Nullable(NamedRef("AreaVisuals")), null),
  top_left: p(Nullable(NamedRef("AreaVisuals")), null),
  top_right: p(Nullable(NamedRef("AreaVisuals")), null),
  bottom_left: p(Nullable(NamedRef("AreaVisuals")), null),
  bottom_right: p(Nullable(NamedRef("AreaVisuals")), null),
}) {}
