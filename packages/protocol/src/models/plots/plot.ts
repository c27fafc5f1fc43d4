import { define, p } from "../../core/model.ts";
import { Bool, Dict, Enum, List, NonNegativeInt, Nullable, Number as Num, Or, Ref, String as Str } from "../../core/kinds.ts";
import { LayoutDOM, StyledElement } from "../layouts/index.ts";
import { AnyRef, Auto, PartialStruct } from "../layouts/kinds.ts";
import { line_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";
import { Side } from "../renderers/kinds.ts";
import { Renderer } from "../renderers/renderer.ts";
import { Toolbar } from "../tools/toolbar.ts";
import { Title } from "../annotations/title.ts";
import { Range } from "../ranges/range.ts";
import { DataRange1d } from "../ranges/data_range1d.ts";
import { Scale } from "../scales/scale.ts";
import { LinearScale } from "../scales/linear_scale.ts";
import { Axis } from "../axes/axis.ts";
import { Grid } from "../grids/grid.ts";
import { Legend } from "../annotations/legend.ts";
import { Tool } from "../tools/tool.ts";
import { splattable, type Splattable } from "./splattable.ts";
import type { Model } from "../../core/model.ts";

type Place = "below" | "left" | "above" | "right" | "center";

const Panel = List(Ref(() => StyledElement));

export class Plot extends define("Plot", LayoutDOM, {
  context_menu: p(Nullable(Or(AnyRef, Auto)), "auto"),
  width: p(Nullable(NonNegativeInt), 600),
  height: p(Nullable(NonNegativeInt), 600),
  ...line_plain("outline_", { line_color: "#e5e5e5" }),
  ...fill_plain("background_", { fill_color: "#ffffff" }),
  ...hatch_plain("background_"),
  ...line_plain("border_", { line_color: null }),
  ...fill_plain("border_", { fill_color: "#ffffff" }),
  ...hatch_plain("border_"),
  toolbar: p(Ref(() => Toolbar), () => new Toolbar()),
  toolbar_location: p(Nullable(Side), "right"),
  toolbar_sticky: p(Bool, true),
  toolbar_inner: p(Bool, false),
  frame_width: p(Nullable(NonNegativeInt), null),
  frame_height: p(Nullable(NonNegativeInt), null),
  frame_align: p(Or(Bool, PartialStruct({ left: Bool, right: Bool, top: Bool, bottom: Bool })), true),
  title: p(Nullable(Or(Ref(() => Title), Str)), ""),
  title_location: p(Nullable(Side), "above"),
  /** Axes, annotations and other elements around the frame. */
  above: p(Panel, () => []),
  below: p(Panel, () => []),
  left: p(Panel, () => []),
  right: p(Panel, () => []),
  /** Grids and annotations inside the frame. */
  center: p(Panel, () => []),
  renderers: p(List(Ref(() => Renderer)), () => []),
  x_range: p(Ref(() => Range), () => new DataRange1d()),
  y_range: p(Ref(() => Range), () => new DataRange1d()),
  x_scale: p(Ref(() => Scale), () => new LinearScale()),
  y_scale: p(Ref(() => Scale), () => new LinearScale()),
  extra_x_ranges: p(Dict(Ref(() => Range)), () => ({})),
  extra_y_ranges: p(Dict(Ref(() => Range)), () => ({})),
  extra_x_scales: p(Dict(Ref(() => Scale)), () => ({})),
  extra_y_scales: p(Dict(Ref(() => Scale)), () => ({})),
  window_axis: p(Enum("none", "x", "y"), "none"),
  lod_factor: p(Num, 10),
  lod_interval: p(Num, 300),
  lod_threshold: p(Nullable(Num), 2000),
  lod_timeout: p(Num, 500),
  hidpi: p(Bool, true),
  output_backend: p(Enum("canvas", "svg", "webgl"), "canvas"),
  min_border: p(Nullable(Num), 5),
  min_border_top: p(Nullable(Num), null),
  min_border_left: p(Nullable(Num), null),
  min_border_bottom: p(Nullable(Num), null),
  min_border_right: p(Nullable(Num), null),
  /** Computed by the client (BokehJS sends them back); unset in BokehJS. */
  inner_width: p(Num, 0),
  inner_height: p(Num, 0),
  outer_width: p(Num, 0),
  outer_height: p(Num, 0),
  match_aspect: p(Bool, false),
  aspect_scale: p(Num, 1),
  reset_policy: p(Enum("standard", "event_only"), "standard"),
  hold_render: p(Bool, false),
  attribution: p(List(Or(Str, AnyRef)), () => []),
}) {
  private panel_models<T extends Model>(places: readonly Place[], cls: abstract new (...a: never[]) => T): T[] {
    const out: T[] = [];
    for (const place of places) for (const m of this[place] as Model[]) if (m instanceof cls) out.push(m);
    return out;
  }
  /** Bokeh's `p.xaxis`: the x axes (below and above), splattable. */
  get xaxis(): Splattable<Axis> { return splattable(this.panel_models(["below", "above"], Axis)); }
  get yaxis(): Splattable<Axis> { return splattable(this.panel_models(["left", "right"], Axis)); }
  get axis(): Splattable<Axis> { return splattable([...this.xaxis, ...this.yaxis]); }
  get xgrid(): Splattable<Grid> { return splattable(this.panel_models(["center"], Grid).filter((g) => g.dimension === 0)); }
  get ygrid(): Splattable<Grid> { return splattable(this.panel_models(["center"], Grid).filter((g) => g.dimension === 1)); }
  get grid(): Splattable<Grid> { return splattable(this.panel_models(["center"], Grid)); }
  get legend(): Splattable<Legend> { return splattable(this.panel_models(["center", "below", "left", "above", "right"], Legend)); }

  /** Bokeh's `add_layout(obj, place="center")`. */
  add_layout(obj: Model, place: Place = "center"): void {
    this.setv({ [place]: [...(this[place] as Model[]), obj] });
  }

  /** Bokeh's `add_tools(*tools)`. */
  add_tools(...tools: Tool[]): void {
    const toolbar = this.toolbar as unknown as { tools: Tool[] };
    (toolbar as unknown as Model).setv({ tools: [...toolbar.tools, ...tools] });
  }
}
