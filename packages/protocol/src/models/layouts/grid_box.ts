import { define, p, register_models } from "../../core/model.ts";
import { Int, List, Map as MapOf, NonNegativeInt as Index, Nullable, Or, Ref, String as Str, Tuple, type Kind, type KindType } from "../../core/kinds.ts";
import { CSSGridBox } from "./css_grid_box.ts";
import { UIElement } from "./ui_element.ts";
import { PartialStruct } from "./kinds.ts";
import { Enum } from "../../core/kinds.ts";

const Child = Ref(() => UIElement);
/** `[child, row, col]`, `[child, row, col, rowspan]` or `[child, row, col, rowspan, colspan]`. */
export const GridChild = Or(Tuple(Child, Index, Index), Tuple(Child, Index, Index, Index), Tuple(Child, Index, Index, Index, Index));
export type GridChild = KindType<typeof GridChild>;

const TrackAlign = Enum("start", "center", "end", "auto");
const TrackSizingLike = Or(Str, PartialStruct({ size: Str, align: TrackAlign }));
/** A track size for all rows/cols, one per row/col, or a map from index to size. */
export const TracksSizing: Kind<KindType<typeof TrackSizingLike> | KindType<typeof TrackSizingLike>[] | Map<number, KindType<typeof TrackSizingLike>>> =
  Or(TrackSizingLike, List(TrackSizingLike), MapOf(Int, TrackSizingLike));

/** Children placed on a CSS grid by row and column. */
export class GridBox extends define("GridBox", CSSGridBox, {
  children: p(List(GridChild), () => []),
  rows: p(Nullable(TracksSizing), null),
  cols: p(Nullable(TracksSizing), null),
}) {}

register_models({ GridBox });
