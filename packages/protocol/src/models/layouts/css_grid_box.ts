import { define, p } from "../../core/model.ts";
import { NonNegativeInt, Or, Tuple } from "../../core/kinds.ts";
import { LayoutDOM } from "./layout_dom.ts";

/** `Or(Length, Tuple(Length, Length))` (BokehJS's common/kinds GridSpacing). */
export const GridSpacing = Or(NonNegativeInt, Tuple(NonNegativeInt, NonNegativeInt));

/** BokehJS's layouts/CSSGridBox: the base of GridBox (and HBox/VBox). */
export class CSSGridBox extends define("CSSGridBox", LayoutDOM, {
  spacing: p(GridSpacing, 0),
}, { abstract: true }) {}
