import { define, p } from "../../core/model.ts";
import { CompositeRenderer } from "../renderers/composite_renderer.ts";
import { RenderLevel } from "../renderers/kinds.ts";

export class Annotation extends define("Annotation", CompositeRenderer, {
  level: p(RenderLevel, "annotation"),
}, { abstract: true }) {}
