import { define, p } from "../../core/model.ts";
import { Color, List, Nullable, Number as Num, Or, Ref, String as Str, Tuple } from "../../core/kinds.ts";
import { ColorMapper } from "./color_mapper.ts";
import { GlyphRenderer } from "../renderers/glyph_renderer.ts";

export class ContinuousColorMapper extends define("ContinuousColorMapper", ColorMapper, {
  high: p(Nullable(Num), null),
  low: p(Nullable(Num), null),
  high_color: p(Nullable(Color), null),
  low_color: p(Nullable(Color), null),
  domain: p(List(Tuple(Ref(() => GlyphRenderer), Or(Str, List(Str)))), () => []),
}, { abstract: true }) {}
