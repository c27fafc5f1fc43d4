import { define, p } from "../../core/model.ts";
import { Bool, String as Str } from "../../core/kinds.ts";
import { Widget } from "./widget.ts";

export class Markup extends define("Markup", Widget, {
  text: p(Str, ""),
  disable_math: p(Bool, false),
}, { abstract: true }) {}
