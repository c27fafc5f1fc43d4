import { define, p } from "../../core/model.ts";
import { List, Nullable, Ref } from "../../core/kinds.ts";
import { LayoutDOM } from "../layouts/index.ts";
import { GridChild, TracksSizing } from "../layouts/grid_box.ts";
import { GridSpacing } from "../layouts/css_grid_box.ts";
import { Side } from "../renderers/kinds.ts";
import { Toolbar } from "../tools/toolbar.ts";

/** Plots on a grid sharing one toolbar (what gridplot() makes). */
export class GridPlot extends define("GridPlot", LayoutDOM, {
  toolbar: p(Ref(() => Toolbar), () => new Toolbar()),
  toolbar_location: p(Nullable(Side), "above"),
  children: p(List(GridChild), () => []),
  rows: p(Nullable(TracksSizing), null),
  cols: p(Nullable(TracksSizing), null),
  spacing: p(GridSpacing, 0),
}) {}
