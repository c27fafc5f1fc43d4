import { define, p, register_models } from "../../core/model.ts";
import { Bool, Int, List, Ref } from "../../core/kinds.ts";
import { LayoutDOM } from "./layout_dom.ts";
import { TabPanel } from "./tab_panel.ts";
import { Location } from "./kinds.ts";

/** Tabbed panels; `active` is the index of the shown tab. */
export class Tabs extends define("Tabs", LayoutDOM, {
  tabs: p(List(Ref(() => TabPanel)), () => []),
  tabs_location: p(Location, "above"),
  active: p(Int, 0),
  link_layouts: p(Bool, false),
}) {}

register_models({ Tabs });
