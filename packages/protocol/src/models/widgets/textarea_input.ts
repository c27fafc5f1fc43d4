import { define, p, register_models } from "../../core/model.ts";
import { Int, Nullable } from "../../core/kinds.ts";
import { TextLikeInput } from "./text_like_input.ts";

/** A multi-line text input. */
export class TextAreaInput extends define("TextAreaInput", TextLikeInput, {
  cols: p(Int, 20),
  rows: p(Int, 2),
  max_length: p(Nullable(Int), 500),
}) {}

register_models({ TextAreaInput });
