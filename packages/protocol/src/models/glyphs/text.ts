import { define, p } from "../../core/model.ts";
import { AngleSpec, NumberSpec, NullStringSpec, DataSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { OutlineShapeSpec } from "./kinds.ts";
import { BorderRadius, Padding, TextAnchor } from "../renderers/kinds.ts";
import { text_vector, line_vector, fill_vector, hatch_vector } from "./mixins.ts";

const TextAnchorSpec = DataSpec("TextAnchorSpec", TextAnchor, (s) => TextAnchor.coerce(s) === s);

export class Text extends define("Text", XYGlyph, {
  ...text_vector(),
  ...line_vector("border_", { line_color: null }),
  ...fill_vector("background_", { fill_color: null }),
  ...hatch_vector("background_", { hatch_color: null }),
  text: p(NullStringSpec, () => ({ field: "text" })),
  angle: p(AngleSpec, () => ({ value: 0 })),
  x_offset: p(NumberSpec, () => ({ value: 0 })),
  y_offset: p(NumberSpec, () => ({ value: 0 })),
  anchor: p(TextAnchorSpec, () => ({ value: "auto" as const })),
  padding: p(Padding, 0),
  border_radius: p(BorderRadius, 0),
  outline_shape: p(OutlineShapeSpec, () => ({ value: "box" as const })),
}) {}
