/**
 * The glyph registry: Bokeh glyph type -> its view, its data extent and its visuals. Each glyph
 * file declares its entries beside its view (`export const glyphs: GlyphDecl[]`); adding a glyph
 * is its own file(s) plus one line here.
 */
import type { ModelSnap, Resolver } from "../../../state/snapshot.ts";
import type { Data } from "../specs.ts";
import type { GlyphArgs, GlyphView, GlyphVisual } from "./base.ts";
import { XY, spec_extent, type Extent, type ExtentFn, type ExtentSpec } from "./extent.ts";
import { glyphs as scatter } from "./scatter.ts";
import { glyphs as line } from "./line.ts";
import { glyphs as line_gl } from "./line_gl.ts";
import { glyphs as bars } from "./bars.ts";
import { glyphs as area } from "./area.ts";
import { glyphs as segment } from "./segment.ts";
import { glyphs as wedge } from "./wedge.ts";
import { glyphs as text } from "./text.ts";
import { glyphs as image } from "./image.ts";
import { glyphs as ellipse } from "./ellipse.ts";
import { glyphs as curves } from "./curves.ts";
import { glyphs as spans } from "./spans.ts";
import { glyphs as area_step } from "./area_step.ts";
import { glyphs as hex_tile } from "./hex_tile.ts";
import { glyphs as multi_polygons } from "./multi_polygons.ts";
import { glyphs as image_url } from "./image_url.ts";
import { glyphs as image_stack } from "./image_stack.ts";

export interface GlyphDecl {
  /** Bokeh's type name (as @dash/protocol declares it). */
  readonly type: string;
  readonly view: (a: GlyphArgs) => GlyphView;
  /** Attributes bounding the glyph (default x and y), or a function for glyphs that need more. */
  readonly extent?: ExtentSpec | ExtentFn;
  /** Visual property groups the glyph has (BokehJS's visuals: line, fill, hatch, text). */
  readonly visuals: readonly GlyphVisual[];
}

const REGISTRY: ReadonlyMap<string, GlyphDecl> = new Map(
  [scatter, line, line_gl, bars, area, segment, wedge, text, image, ellipse, curves, spans, area_step, hex_tile, multi_polygons, image_url, image_stack].flat().map((d) => [d.type, d]),
);

export function glyph_decl(type: string): GlyphDecl | undefined {
  return REGISTRY.get(type);
}

/** The glyph types Dash's client draws. */
export function glyph_types(): string[] {
  return [...REGISTRY.keys()];
}

export function create_glyph_view(a: GlyphArgs): GlyphView | null {
  return REGISTRY.get(a.glyph.type)?.view(a) ?? null;
}

export function glyph_extent(glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const extent = REGISTRY.get(glyph.type)?.extent ?? XY;
  return typeof extent === "function" ? extent(glyph, data, r, dim) : spec_extent(extent, glyph, data, r, dim);
}
