import { define, p, register_models } from "../../../core/model.ts";
import { String as Str } from "../../../core/kinds.ts";
import { ColorSpec, EnumSpec } from "../../../core/specs.ts";
import { CellFormatter } from "./cell_formatter.ts";

export const FontStyleSpec = EnumSpec("FontStyleSpec", "normal", "italic", "bold", "bold italic");
export const TextAlignSpec = EnumSpec("TextAlignSpec", "left", "right", "center");

/** Cells as text, with font style, alignment and colors (each a value or a column). */
export class StringFormatter extends define("StringFormatter", CellFormatter, {
  font_style: p(FontStyleSpec, () => ({ value: "normal" as const })),
  text_align: p(TextAlignSpec, () => ({ value: "left" as const })),
  text_color: p(ColorSpec, () => ({ value: null })),
  background_color: p(ColorSpec, () => ({ value: null })),
  nan_format: p(Str, "NaN"),
  null_format: p(Str, "(null)"),
}) {}

register_models({ StringFormatter });
