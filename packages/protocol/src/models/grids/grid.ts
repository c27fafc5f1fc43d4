import { define, p } from "../../core/model.ts";
import { Nullable, Ref } from "../../core/kinds.ts";
import { GuideRenderer } from "../renderers/guide_renderer.ts";
import { Dim01, RenderLevel } from "../renderers/kinds.ts";
import { line_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";
import { Axis, Bounds } from "../axes/axis.ts";
import { Ticker } from "../tickers/ticker.ts";

export class Grid extends define("Grid", GuideRenderer, {
  level: p(RenderLevel, "underlay"),
  ...line_plain("grid_", { line_color: "#e5e5e5" }),
  ...line_plain("minor_grid_", { line_color: null }),
  ...fill_plain("band_", { fill_color: null, fill_alpha: 0 }),
  ...hatch_plain("band_"),
  bounds: p(Bounds, "auto"),
  cross_bounds: p(Bounds, "auto"),
  dimension: p(Dim01, 0),
  axis: p(Nullable(Ref(() => Axis)), null),
  ticker: p(Nullable(Ref(() => Ticker)), null),
}) {}
