import { define, p } from "../../core/model.ts";
import { Bool, Enum, Nullable, Or, Ref } from "../../core/kinds.ts";
import { DataRenderer } from "./data_renderer.ts";
import { Glyph } from "../glyphs/glyph.ts";
import { ColumnDataSource } from "../sources/column_data_source.ts";
import { CDSView } from "../sources/cds_view.ts";

const AutoGlyph = Or(Ref(() => Glyph), Enum("auto"));

export class GlyphRenderer extends define("GlyphRenderer", DataRenderer, {
  /** Required (BokehJS has no default). */
  data_source: p(Ref(() => ColumnDataSource), () => new ColumnDataSource()),
  view: p(Ref(() => CDSView), () => new CDSView()),
  /** Required (BokehJS has no default); always give one. */
  glyph: p(Ref(() => Glyph), null as unknown as Glyph),
  hover_glyph: p(Nullable(Ref(() => Glyph)), null),
  nonselection_glyph: p(Nullable(AutoGlyph), "auto"),
  selection_glyph: p(Nullable(AutoGlyph), "auto"),
  muted_glyph: p(Nullable(AutoGlyph), "auto"),
  muted: p(Bool, false),
}) {}
