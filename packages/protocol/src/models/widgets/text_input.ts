import { define, p, register_models } from "../../core/model.ts";
import { Nullable, String as Str } from "../../core/kinds.ts";
import { TextLikeInput } from "./text_like_input.ts";

/** A single-line text input; Enter sends the `value_submit` UI event. */
export class TextInput extends define("TextInput", TextLikeInput, {
  prefix: p(Nullable(Str), null),
  suffix: p(Nullable(Str), null),
}) {}

register_models({ TextInput });
