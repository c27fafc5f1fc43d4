import { define, p } from "../../core/model.ts";
import { List, Ref } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { Renderer } from "./renderer.ts";

export class CompositeRenderer extends define("CompositeRenderer", Renderer, {
  renderers: p(List(Ref(() => Renderer)), () => []),
  elements: p(List(AnyRef), () => []),
}, { abstract: true }) {}
