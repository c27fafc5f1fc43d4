import { define, p } from "../../core/model.ts";
import { Number as Num, Or, Ref } from "../../core/kinds.ts";
import { Axis } from "./axis.ts";
import { Ticker } from "../tickers/ticker.ts";
import { TickFormatter } from "../formatters/tick_formatter.ts";
import { CategoricalTicker } from "../tickers/categorical_ticker.ts";
import { CategoricalTickFormatter } from "../formatters/categorical_tick_formatter.ts";
import { LabelOrientation } from "../renderers/kinds.ts";
import { line_plain, text_plain } from "../glyphs/mixins.ts";

export class CategoricalAxis extends define("CategoricalAxis", Axis, {
  ticker: p(Ref(() => Ticker), () => new CategoricalTicker()),
  formatter: p(Ref(() => TickFormatter), () => new CategoricalTickFormatter()),
  ...line_plain("separator_", { line_color: "lightgrey", line_width: 2 }),
  ...text_plain("group_", { text_color: "grey", text_font_size: "11px", text_font_style: "bold" }),
  ...text_plain("subgroup_", { text_font_size: "11px", text_font_style: "bold" }),
  group_label_orientation: p(Or(LabelOrientation, Num), "parallel"),
  subgroup_label_orientation: p(Or(LabelOrientation, Num), "parallel"),
}) {}
