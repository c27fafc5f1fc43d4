import { define, p } from "../../core/model.ts";
import { Int, Nullable, String as Str } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";

/** Base of TextInput and TextAreaInput; `value_input` follows every keystroke. */
export class TextLikeInput extends define("TextLikeInput", InputWidget, {
  value: p(Str, ""),
  value_input: p(Str, ""),
  placeholder: p(Str, ""),
  max_length: p(Nullable(Int), null),
}, { abstract: true }) {}
