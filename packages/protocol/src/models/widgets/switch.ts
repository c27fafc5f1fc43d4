import { define, p, register_models } from "../../core/model.ts";
import { Nullable, String as Str } from "../../core/kinds.ts";
import { ToggleInput } from "./toggle_input.ts";

/** An on/off switch. Icons are a ToolIcon name, a "--css-variable", a ".class" or a data:image URL. */
export class Switch extends define("Switch", ToggleInput, {
  on_icon: p(Nullable(Str), null),
  off_icon: p(Nullable(Str), null),
}) {}

register_models({ Switch });
