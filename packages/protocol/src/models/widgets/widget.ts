import { define, p } from "../../core/model.ts";
import { LayoutDOM, Margin } from "../layouts/layout_dom.ts";

/** BokehJS's widgets/Widget: a LayoutDOM with a 5px margin by default. */
export class Widget extends define("Widget", LayoutDOM, {
  margin: p(Margin, 5),
}, { abstract: true }) {}
