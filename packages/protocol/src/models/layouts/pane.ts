/** BokehJS's ui/Pane: a UI element holding other elements (UIElement, DOMNode or HTML). */
import { define, p, register_models } from "../../core/model.ts";
import { List } from "../../core/kinds.ts";
import { UIElement } from "./ui_element.ts";
import { AnyRef } from "./kinds.ts";

export class Pane extends define("Pane", UIElement, {
  elements: p(List(AnyRef), () => []),
}) {}

register_models({ Pane });
