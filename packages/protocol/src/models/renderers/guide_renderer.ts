import { define, p } from "../../core/model.ts";
import { Renderer } from "./renderer.ts";
import { RenderLevel } from "./kinds.ts";

export class GuideRenderer extends define("GuideRenderer", Renderer, {
  level: p(RenderLevel, "guide"),
}, { abstract: true }) {}
