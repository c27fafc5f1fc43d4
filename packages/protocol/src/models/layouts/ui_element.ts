/** BokehJS's ui/UIElement: anything that renders into the DOM. */
import { define, p } from "../../core/model.ts";
import { Bool, Nullable, Or } from "../../core/kinds.ts";
import { StyledElement } from "./styled_element.ts";
import { AnyRef, Auto } from "./kinds.ts";

export class UIElement extends define("UIElement", StyledElement, {
  visible: p(Bool, true),
  context_menu: p(Nullable(Or(AnyRef, Auto)), null),
}, { abstract: true }) {}
