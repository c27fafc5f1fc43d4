import { define, p, HasProps } from "../../core/model.ts";
import { Bool, Int, List, Nullable, Ref } from "../../core/kinds.ts";
import { NullStringSpec } from "../../core/specs.ts";
import { GlyphRenderer } from "../renderers/glyph_renderer.ts";

export class LegendItem extends define("LegendItem", HasProps, {
  /** `{value: "text"}` for a fixed label, `{field: "col"}` to group by a column. */
  label: p(NullStringSpec, null),
  renderers: p(List(Ref(() => GlyphRenderer)), () => []),
  index: p(Nullable(Int), null),
  visible: p(Bool, true),
}) {}
