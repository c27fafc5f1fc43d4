import { define, p } from "../../core/model.ts";
import { Color, List, type Kind, type ColorValue } from "../../core/kinds.ts";

/** A palette is read, never changed in place: bokeh.palettes' readonly lists are accepted as they are. */
const PaletteKind = List(Color) as Kind<readonly ColorValue[]>;
import { Mapper } from "./mapper.ts";

export class ColorMapper extends define("ColorMapper", Mapper, {
  /** Required (BokehJS has no default). */
  palette: p(PaletteKind, () => []),
  nan_color: p(Color, "gray"),
}, { abstract: true }) {}
