import { define, p } from "../../core/model.ts";
import { Or, Ref, Tuple } from "../../core/kinds.ts";
import { InspectTool } from "./inspect_tool.ts";
import { Span } from "../annotations/span.ts";
import { Auto, Dimensions } from "../renderers/kinds.ts";
import { extras } from "../catalog/extras.gen.ts";

export class CrosshairTool extends define("CrosshairTool", InspectTool, {
  ...extras.CrosshairTool,
  overlay: p(Or(Auto, Ref(() => Span), Tuple(Ref(() => Span), Ref(() => Span))), "auto"),
  dimensions: p(Dimensions, "both"),
}) {}
