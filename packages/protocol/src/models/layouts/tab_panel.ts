import { define, p, HasProps, register_models } from "../../core/model.ts";
import { Bool, Nullable, Ref, String as Str } from "../../core/kinds.ts";
import { UIElement } from "./ui_element.ts";
import { AnyRef, required } from "./kinds.ts";

/** One tab of Tabs. `child` is required in Bokeh (no default); `tooltip` is a Tooltip model. */
export class TabPanel extends define("TabPanel", HasProps, {
  title: p(Str, ""),
  tooltip: p(Nullable(AnyRef), null),
  child: required(Ref(() => UIElement), () => null as unknown as UIElement),
  closable: p(Bool, false),
  disabled: p(Bool, false),
}) {}

register_models({ TabPanel });
