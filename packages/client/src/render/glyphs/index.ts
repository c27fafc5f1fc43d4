// Glyph type -> view class.
import type { GlyphArgs, GlyphView } from "./base.ts";
import { ScatterView } from "./scatter.ts";
import { LineView, MultiLineView } from "./line.ts";
import { GlLineView, gl_line } from "./line_gl.ts";
import { BoxView } from "./bars.ts";
import { AreaView } from "./area.ts";
import { SegmentView } from "./segment.ts";
import { RadialView } from "./wedge.ts";
import { TextView } from "./text.ts";
import { ImageView } from "./image.ts";

export function create_glyph_view(a: GlyphArgs): GlyphView | null {
  switch (a.glyph.type) {
    case "Scatter": return new ScatterView(a);
    case "Line": case "Step": return gl_line(a) ? new GlLineView(a) : new LineView(a);
    case "MultiLine": return new MultiLineView(a);
    case "Quad": case "VBar": case "HBar": case "Rect": case "Block": return new BoxView(a);
    case "Patch": case "Patches": case "VArea": case "HArea": return new AreaView(a);
    case "Segment": case "Ray": return new SegmentView(a);
    case "Wedge": case "AnnularWedge": case "Annulus": case "Circle": return new RadialView(a);
    case "Text": return new TextView(a);
    case "Image": case "ImageRGBA": return new ImageView(a);
    default: return null;
  }
}
