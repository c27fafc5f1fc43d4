import { line_plain, fill_plain, hatch_plain } from "../glyphs/mixins.ts";

/** The visuals BoxAnnotation and PolyAnnotation share in BokehJS (and their hover_ variants). */
export function area_visuals() {
  return {
    ...line_plain("", { line_color: "#cccccc", line_alpha: 0.3 }),
    ...fill_plain("", { fill_color: "#fff9ba", fill_alpha: 0.4 }),
    ...hatch_plain(""),
    ...line_plain("hover_", { line_color: null, line_alpha: 0.3 }),
    ...fill_plain("hover_", { fill_color: null, fill_alpha: 0.4 }),
    ...hatch_plain("hover_"),
  };
}
