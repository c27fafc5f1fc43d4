import { define, p } from "../../core/model.ts";
import { Map as MapOf, Nullable, Number as Num, Or, Ref, String as Str, Tuple } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { Annotation } from "./annotation.ts";
import { Auto, LegendLocation, Orientation } from "../renderers/kinds.ts";
import { Ticker } from "../tickers/ticker.ts";
import { TickFormatter } from "../formatters/tick_formatter.ts";
import { LabelingPolicy, NoOverlap } from "../axes/labeling_policy.ts";
import { text_plain, line_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";

export class BaseColorBar extends define("BaseColorBar", Annotation, {
  ...text_plain("major_label_", { text_font_size: "11px" }),
  ...text_plain("title_", { text_font_size: "13px", text_font_style: "italic" }),
  ...line_plain("major_tick_", { line_color: "#ffffff" }),
  ...line_plain("minor_tick_", { line_color: null }),
  ...line_plain("border_", { line_color: null }),
  ...line_plain("bar_", { line_color: null }),
  ...fill_plain("background_", { fill_color: "#ffffff", fill_alpha: 0.95 }),
  ...hatch_plain("background_"),
  location: p(Or(LegendLocation, Tuple(Num, Num)), "top_right"),
  orientation: p(Or(Orientation, Auto), "auto"),
  title: p(Nullable(Or(Str, AnyRef)), null),
  title_standoff: p(Num, 2),
  width: p(Or(Num, Auto), "auto"),
  height: p(Or(Num, Auto), "auto"),
  ticker: p(Or(Ref(() => Ticker), Auto), "auto"),
  formatter: p(Or(Ref(() => TickFormatter), Auto), "auto"),
  major_label_overrides: p(MapOf(Or(Str, Num), Or(Str, AnyRef)), () => new Map()),
  major_label_policy: p(Ref(() => LabelingPolicy), () => new NoOverlap()),
  label_standoff: p(Num, 5),
  margin: p(Num, 30),
  padding: p(Num, 10),
  major_tick_in: p(Num, 5),
  major_tick_out: p(Num, 0),
  minor_tick_in: p(Num, 0),
  minor_tick_out: p(Num, 0),
}, { abstract: true }) {}
