export { Renderer } from "./renderer.ts";
export { CompositeRenderer } from "./composite_renderer.ts";
export { GuideRenderer } from "./guide_renderer.ts";
export { DataRenderer } from "./data_renderer.ts";
export { GlyphRenderer } from "./glyph_renderer.ts";
