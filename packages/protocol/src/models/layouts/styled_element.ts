/** BokehJS's ui/StyledElement: the HTML attributes, classes, styles and stylesheets of a DOM element. */
import { define, p, HasProps } from "../../core/model.ts";
import { Dict, List, Nullable, Or, String as Str } from "../../core/kinds.ts";
import { AnyRef } from "./kinds.ts";

/** `Or(Dict(Nullable(Str)), Ref(Styles))`: inline styles, or a Styles model. */
export const StylesLike = Or(Dict(Nullable(Str)), AnyRef);
/** `List(Or(Ref(StyleSheet), Str, Dict(StylesLike)))`. */
export const StyleSheets = List(Or(Str, AnyRef, Dict(StylesLike)));
/** `Dict(Or(Ref(Node), Str))`. */
export const CSSVariables = Dict(Or(Str, AnyRef));

export class StyledElement extends define("StyledElement", HasProps, {
  html_attributes: p(Dict(Str), () => ({})),
  html_id: p(Nullable(Str), null),
  css_classes: p(List(Str), () => []),
  css_variables: p(CSSVariables, () => ({})),
  styles: p(StylesLike, () => ({})),
  stylesheets: p(StyleSheets, () => []),
}, { abstract: true }) {}
