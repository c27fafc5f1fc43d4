import { define, register_models } from "../../core/model.ts";
import { LayoutDOM } from "./layout_dom.ts";

/** Empty space in a layout. */
export class Spacer extends define("Spacer", LayoutDOM, {}) {}

register_models({ Spacer });
