import { define, p } from "../../core/model.ts";
import { Enum, Number as Num } from "../../core/kinds.ts";
import { TextAnnotation, text_annotation_visuals } from "./text_annotation.ts";

export class Title extends define("Title", TextAnnotation, {
  ...text_annotation_visuals({ text_font_size: "13px", text_font_style: "bold", text_line_height: 1 }),
  vertical_align: p(Enum("top", "middle", "bottom"), "bottom"),
  align: p(Enum("left", "right", "center"), "left"),
  offset: p(Num, 0),
  standoff: p(Num, 10),
}) {}
