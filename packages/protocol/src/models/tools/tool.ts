import { define, p, HasProps } from "../../core/model.ts";
import { Bool, Nullable, Or, String as Str } from "../../core/kinds.ts";

export class Tool extends define("Tool", HasProps, {
  /** A named icon (BokehJS's ToolIcon), a CSS class ".name" or an image URL. */
  icon: p(Nullable(Str), null),
  description: p(Nullable(Str), null),
  visible: p(Bool, true),
  group: p(Or(Str, Bool), true),
}, { abstract: true }) {}
