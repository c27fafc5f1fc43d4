/**
 * Figure: a Plot with bokeh.plotting's glyph methods. Its Bokeh type name is "Figure"
 * (BokehJS models/plots/figure.js) and its attributes are Plot's.
 */
import { define } from "../../core/model.ts";
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
  /** Stacked vertical bars: `p.vbar_stack(["2015", "2016"], {x: "fruits", width: 0.9, color: [...], source})`. */
  vbar_stack(stackers: readonly string[], kwargs: Record<string, unknown>): GlyphRenderer[] {
    return stack_calls(stackers, kwargs, "bottom", "top").map((call) => create_renderer(this, VBar, [call]));
  }
  /** Stacked horizontal bars (left/right are the stacks). */
  hbar_stack(stackers: readonly string[], kwargs: Record<string, unknown>): GlyphRenderer[] {
    return stack_calls(stackers, kwargs, "left", "right").map((call) => create_renderer(this, HBar, [call]));
  }
}
