import { define, p, register_models } from "../../core/model.ts";
import { Bool, List, Nullable, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { AbstractButton } from "./abstract_button.ts";
import { AnyRef } from "../layouts/kinds.ts";

/** A menu entry: an item, a [label, item] pair, or null for a separator. */
export const MenuItem = Nullable(Or(Str, Tuple(Str, Str)));

/** A button with a menu; choices arrive as the `menu_item_click` UI event. */
export class Dropdown extends define("Dropdown", AbstractButton, {
  split: p(Bool, false),
  menu: p(List(MenuItem), () => []),
  label: p(Or(Str, AnyRef), "Dropdown"),
}) {}

register_models({ Dropdown });
