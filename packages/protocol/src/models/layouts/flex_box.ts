import { define, p } from "../../core/model.ts";
import { List, Number as Num, Ref } from "../../core/kinds.ts";
import { LayoutDOM } from "./layout_dom.ts";
import { UIElement } from "./ui_element.ts";

/** BokehJS's layouts/FlexBox: the base of Row and Column. */
export class FlexBox extends define("FlexBox", LayoutDOM, {
  children: p(List(Ref(() => UIElement)), () => []),
  spacing: p(Num, 0),
}, { abstract: true }) {}
