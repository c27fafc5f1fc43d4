import { define, p } from "../../core/model.ts";
import { Renderer } from "./renderer.ts";
import { RenderLevel } from "./kinds.ts";

export class DataRenderer extends define("DataRenderer", Renderer, {
  level: p(RenderLevel, "glyph"),
}, { abstract: true }) {}
