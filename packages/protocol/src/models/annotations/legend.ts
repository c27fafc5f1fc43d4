import { define, p } from "../../core/model.ts";
import { Enum, Int, List, Nullable, Number as Num, Or, Ref, String as Str, Tuple } from "../../core/kinds.ts";
import { Annotation } from "./annotation.ts";
import { LegendItem } from "./legend_item.ts";
import { Auto, BorderRadius, LegendLocation, Orientation, Padding, Side } from "../renderers/kinds.ts";
import { text_plain, line_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";

const PositiveInt = Int; // BokehJS: Positive(Int)

export class Legend extends define("Legend", Annotation, {
  ...text_plain("label_", { text_font_size: "13px", text_baseline: "middle" }),
  ...text_plain("title_", { text_font_size: "13px", text_font_style: "italic" }),
  ...fill_plain("inactive_", { fill_color: "white", fill_alpha: 0.7 }),
  ...hatch_plain("inactive_"),
  ...line_plain("border_", { line_color: "#e5e5e5", line_alpha: 0.5 }),
  ...fill_plain("background_", { fill_color: "#ffffff", fill_alpha: 0.95 }),
  ...hatch_plain("background_"),
  ...fill_plain("item_background_", { fill_color: "#f1f1f1", fill_alpha: 0.8 }),
  ...hatch_plain("item_background_"),
  orientation: p(Orientation, "vertical"),
  ncols: p(Or(PositiveInt, Auto), "auto"),
  nrows: p(Or(PositiveInt, Auto), "auto"),
  location: p(Or(LegendLocation, Tuple(Num, Num)), "top_right"),
  title: p(Nullable(Str), null),
  title_location: p(Side, "above"),
  title_standoff: p(Num, 5),
  label_standoff: p(Num, 5),
  glyph_width: p(Num, 20),
  glyph_height: p(Num, 20),
  label_width: p(Num, 20),
  label_height: p(Or(Num, Auto), "auto"),
  margin: p(Num, 10),
  padding: p(Padding, 10),
  border_radius: p(BorderRadius, 0),
  spacing: p(Num, 3),
  items: p(List(Ref(() => LegendItem)), () => []),
  click_policy: p(Enum("none", "hide", "mute"), "none"),
  item_background_policy: p(Enum("none", "even", "odd", "every"), "none"),
}) {}
