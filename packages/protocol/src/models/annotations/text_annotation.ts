import { define, p } from "../../core/model.ts";
import { Or, String as Str } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { Annotation } from "./annotation.ts";
import { BorderRadius, Padding } from "../renderers/kinds.ts";
import { text_plain, line_plain, fill_plain, hatch_plain, type TextDefaults } from "../glyphs/mixins.ts";

/** TextAnnotation's visual props; Title overrides some text defaults. */
export const text_annotation_visuals = (text: TextDefaults = {}) => ({
  ...text_plain("", text),
  ...line_plain("border_", { line_color: null }),
  ...fill_plain("background_", { fill_color: null }),
  ...hatch_plain("background_"),
});

export class TextAnnotation extends define("TextAnnotation", Annotation, {
  ...text_annotation_visuals(),
  text: p(Or(Str, AnyRef), ""),
  padding: p(Padding, 0),
  border_radius: p(BorderRadius, 0),
}, { abstract: true }) {}
