import { define, p, register_models } from "../../core/model.ts";
import { Bool } from "../../core/kinds.ts";
import { Markup } from "./markup.ts";

/** A block of HTML (or of plain text with `render_as_text`). */
export class Div extends define("Div", Markup, {
  render_as_text: p(Bool, false),
}) {}

register_models({ Div });
