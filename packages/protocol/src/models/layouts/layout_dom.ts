/** BokehJS's layouts/LayoutDOM: sizing and placement shared by layouts, plots and widgets. */
import { define, p } from "../../core/model.ts";
import { Bool, NonNegativeInt, Nullable, Number as Num, Or, Tuple } from "../../core/kinds.ts";
import { Pane } from "./pane.ts";
import { Align, Auto, Dimensions, FlowMode, SizingMode, SizingPolicy } from "./kinds.ts";

/** `Nullable(Or(Float, Tuple(Float, Float), Tuple(Float, Float, Float, Float)))`. */
export const Margin = Nullable(Or(Num, Tuple(Num, Num), Tuple(Num, Num, Num, Num)));

export class LayoutDOM extends define("LayoutDOM", Pane, {
  width: p(Nullable(NonNegativeInt), null),
  height: p(Nullable(NonNegativeInt), null),
  min_width: p(Nullable(NonNegativeInt), null),
  min_height: p(Nullable(NonNegativeInt), null),
  max_width: p(Nullable(NonNegativeInt), null),
  max_height: p(Nullable(NonNegativeInt), null),
  margin: p(Margin, null),
  width_policy: p(Or(SizingPolicy, Auto), "auto"),
  height_policy: p(Or(SizingPolicy, Auto), "auto"),
  aspect_ratio: p(Nullable(Or(Num, Auto)), null),
  flow_mode: p(FlowMode, "block"),
  sizing_mode: p(Nullable(SizingMode), null),
  disabled: p(Bool, false),
  align: p(Or(Or(Align, Auto), Tuple(Align, Align)), "auto"),
  resizable: p(Or(Bool, Dimensions), false),
}, { abstract: true }) {}
