import { define, p } from "../../core/model.ts";
import { Enum, Int, Map as MapOf, Nullable, Number as Num, Or, Ref, String as Str, Tuple, AnyPlain } from "../../core/kinds.ts";
import { GuideRenderer } from "../renderers/guide_renderer.ts";
import { Auto, Dim01, LabelOrientation } from "../renderers/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { line_plain, text_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";
import { LabelingPolicy, AllLabels } from "./labeling_policy.ts";
import { extras } from "../catalog/extras.gen.ts";

export const Bounds = Or(Tuple(Num, Num), Auto);

/** Axis: `ticker` and `formatter` are declared by each concrete axis with its own defaults. */
export class Axis extends define("Axis", GuideRenderer, {
  ...extras.Axis,
  ...line_plain("axis_"),
  ...line_plain("major_tick_"),
  ...line_plain("minor_tick_"),
  ...text_plain("major_label_", { text_font_size: "11px", text_align: "center", text_baseline: "alphabetic" }),
  ...text_plain("axis_label_", { text_font_size: "13px", text_font_style: "italic" }),
  ...fill_plain("background_", { fill_color: null }),
  ...hatch_plain("background_"),
  dimension: p(Or(Dim01, Auto), "auto"),
  face: p(Or(Enum("front", "back"), Auto), "auto"),
  bounds: p(Bounds, "auto"),
  axis_label: p(Nullable(Or(Str, AnyRef)), null),
  axis_label_standoff: p(Int, 5),
  axis_label_standoff_mode: p(Enum("tick_labels", "axis"), "tick_labels"),
  axis_label_orientation: p(Or(LabelOrientation, Num), "parallel"),
  axis_label_align: p(Enum("start", "center", "end"), "center"),
  major_label_standoff: p(Int, 5),
  major_label_orientation: p(Or(LabelOrientation, Num), "horizontal"),
  major_label_overrides: p(MapOf(Or(Str, Num), Or(Str, AnyRef)), () => new Map()),
  major_label_policy: p(Ref(() => LabelingPolicy), () => new AllLabels()),
  major_tick_in: p(Num, 2),
  major_tick_out: p(Num, 6),
  minor_tick_in: p(Num, 0),
  minor_tick_out: p(Num, 4),
  fixed_location: p(Nullable(AnyPlain), null),
}, { abstract: true }) {}
