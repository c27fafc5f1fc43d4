/**
 * Figure: a Plot with bokeh.plotting's glyph methods. Its Bokeh type name is "Figure"
 * (BokehJS models/plots/figure.js) and its attributes are Plot's.
 */
import { define, model_class, type ModelClass } from "../../core/model.ts";
// The generated catalog imports the hand-written models (this module among them), so its
// glyph classes are looked up by name when a method runs; their types come from type-only imports.
import type * as gen from "../catalog/models.gen.ts";
import { Plot } from "./plot.ts";
import { create_renderer, normalize_call, type GlyphCall } from "../plotting/glyph_api.ts";
import type { GlyphRenderer } from "../renderers/glyph_renderer.ts";
import { Scatter } from "../glyphs/scatter.ts";
import { Circle } from "../glyphs/circle.ts";
import { Line } from "../glyphs/line.ts";
import { Step } from "../glyphs/step.ts";
import { MultiLine } from "../glyphs/multi_line.ts";
import { Patch } from "../glyphs/patch.ts";
import { Patches } from "../glyphs/patches.ts";
import { VArea } from "../glyphs/varea.ts";
import { HArea } from "../glyphs/harea.ts";
import { Quad } from "../glyphs/quad.ts";
import { Rect } from "../glyphs/rect.ts";
import { VBar } from "../glyphs/vbar.ts";
import { HBar } from "../glyphs/hbar.ts";
import { Segment } from "../glyphs/segment.ts";
import { Ray } from "../glyphs/ray.ts";
import { Wedge } from "../glyphs/wedge.ts";
import { Text } from "../glyphs/text.ts";
import { Image } from "../glyphs/image.ts";
import { ImageRGBA } from "../glyphs/image_rgba.ts";
import { stack_calls } from "../plotting/stack_api.ts";

const cls = (name: string): ModelClass => model_class(name)!;

export class Figure extends define("Figure", Plot, {}) {
  scatter(...args: GlyphCall<typeof Scatter>): GlyphRenderer { return create_renderer(this, Scatter, args); }
  /** Circles of a data-space `radius`; given `size` (and no radius) it makes a circle Scatter, as Bokeh 3.4+. */
  circle(...args: GlyphCall<typeof Circle> | GlyphCall<typeof Scatter>): GlyphRenderer {
    const kw = normalize_call("Circle", args);
    if ("size" in kw && !("radius" in kw)) return create_renderer(this, Scatter, [{ marker: "circle", ...kw }]);
    return create_renderer(this, Circle, [kw]);
  }
  line(...args: GlyphCall<typeof Line>): GlyphRenderer { return create_renderer(this, Line, args); }
  step(...args: GlyphCall<typeof Step>): GlyphRenderer { return create_renderer(this, Step, args); }
  multi_line(...args: GlyphCall<typeof MultiLine>): GlyphRenderer { return create_renderer(this, MultiLine, args); }
  patch(...args: GlyphCall<typeof Patch>): GlyphRenderer { return create_renderer(this, Patch, args); }
  patches(...args: GlyphCall<typeof Patches>): GlyphRenderer { return create_renderer(this, Patches, args); }
  varea(...args: GlyphCall<typeof VArea>): GlyphRenderer { return create_renderer(this, VArea, args); }
  harea(...args: GlyphCall<typeof HArea>): GlyphRenderer { return create_renderer(this, HArea, args); }
  quad(...args: GlyphCall<typeof Quad>): GlyphRenderer { return create_renderer(this, Quad, args); }
  rect(...args: GlyphCall<typeof Rect>): GlyphRenderer { return create_renderer(this, Rect, args); }
  vbar(...args: GlyphCall<typeof VBar>): GlyphRenderer { return create_renderer(this, VBar, args); }
  hbar(...args: GlyphCall<typeof HBar>): GlyphRenderer { return create_renderer(this, HBar, args); }
  segment(...args: GlyphCall<typeof Segment>): GlyphRenderer { return create_renderer(this, Segment, args); }
  ray(...args: GlyphCall<typeof Ray>): GlyphRenderer { return create_renderer(this, Ray, args); }
  wedge(...args: GlyphCall<typeof Wedge>): GlyphRenderer { return create_renderer(this, Wedge, args); }
  text(...args: GlyphCall<typeof Text>): GlyphRenderer { return create_renderer(this, Text, args); }
  image(...args: GlyphCall<typeof Image>): GlyphRenderer { return create_renderer(this, Image, args); }
  image_rgba(...args: GlyphCall<typeof ImageRGBA>): GlyphRenderer { return create_renderer(this, ImageRGBA, args); }
  annular_wedge(...args: GlyphCall<typeof gen.AnnularWedge>): GlyphRenderer { return create_renderer(this, cls("AnnularWedge"), args); }
  annulus(...args: GlyphCall<typeof gen.Annulus>): GlyphRenderer { return create_renderer(this, cls("Annulus"), args); }
  arc(...args: GlyphCall<typeof gen.Arc>): GlyphRenderer { return create_renderer(this, cls("Arc"), args); }
  bezier(...args: GlyphCall<typeof gen.Bezier>): GlyphRenderer { return create_renderer(this, cls("Bezier"), args); }
  block(...args: GlyphCall<typeof gen.Block>): GlyphRenderer { return create_renderer(this, cls("Block"), args); }
  ellipse(...args: GlyphCall<typeof gen.Ellipse>): GlyphRenderer { return create_renderer(this, cls("Ellipse"), args); }
  harea_step(...args: GlyphCall<typeof gen.HAreaStep>): GlyphRenderer { return create_renderer(this, cls("HAreaStep"), args); }
  varea_step(...args: GlyphCall<typeof gen.VAreaStep>): GlyphRenderer { return create_renderer(this, cls("VAreaStep"), args); }
  hex_tile(...args: GlyphCall<typeof gen.HexTile>): GlyphRenderer { return create_renderer(this, cls("HexTile"), args); }
  hspan(...args: GlyphCall<typeof gen.HSpan>): GlyphRenderer { return create_renderer(this, cls("HSpan"), args); }
  vspan(...args: GlyphCall<typeof gen.VSpan>): GlyphRenderer { return create_renderer(this, cls("VSpan"), args); }
  hstrip(...args: GlyphCall<typeof gen.HStrip>): GlyphRenderer { return create_renderer(this, cls("HStrip"), args); }
  vstrip(...args: GlyphCall<typeof gen.VStrip>): GlyphRenderer { return create_renderer(this, cls("VStrip"), args); }
  image_stack(...args: GlyphCall<typeof gen.ImageStack>): GlyphRenderer { return create_renderer(this, cls("ImageStack"), args); }
  image_url(...args: GlyphCall<typeof gen.ImageURL>): GlyphRenderer { return create_renderer(this, cls("ImageURL"), args); }
  multi_polygons(...args: GlyphCall<typeof gen.MultiPolygons>): GlyphRenderer { return create_renderer(this, cls("MultiPolygons"), args); }
  ngon(...args: GlyphCall<typeof gen.Ngon>): GlyphRenderer { return create_renderer(this, cls("Ngon"), args); }
  quadratic(...args: GlyphCall<typeof gen.Quadratic>): GlyphRenderer { return create_renderer(this, cls("Quadratic"), args); }
  mathml(...args: GlyphCall<typeof gen.MathMLGlyph>): GlyphRenderer { return create_renderer(this, cls("MathMLGlyph"), args); }
  tex(...args: GlyphCall<typeof gen.TeXGlyph>): GlyphRenderer { return create_renderer(this, cls("TeXGlyph"), args); }
  /** Stacked vertical areas: `p.varea_stack(["a", "b"], {x: "x", color: [...], source})` (y1/y2 are the stacks). */
  varea_stack(stackers: readonly string[], kwargs: Record<string, unknown>): GlyphRenderer[] {
    return stack_calls(stackers, kwargs, "y1", "y2").map((call) => create_renderer(this, VArea, [call]));
  }
  /** Stacked horizontal areas (x1/x2 are the stacks). */
  harea_stack(stackers: readonly string[], kwargs: Record<string, unknown>): GlyphRenderer[] {
    return stack_calls(stackers, kwargs, "x1", "x2").map((call) => create_renderer(this, HArea, [call]));
  }
  /** Stacked vertical bars: `p.vbar_stack(["2015", "2016"], {x: "fruits", width: 0.9, color: [...], source})`. */
  vbar_stack(stackers: readonly string[], kwargs: Record<string, unknown>): GlyphRenderer[] {
    return stack_calls(stackers, kwargs, "bottom", "top").map((call) => create_renderer(this, VBar, [call]));
  }
  /** Stacked horizontal bars (left/right are the stacks). */
  hbar_stack(stackers: readonly string[], kwargs: Record<string, unknown>): GlyphRenderer[] {
    return stack_calls(stackers, kwargs, "left", "right").map((call) => create_renderer(this, HBar, [call]));
  }
}
