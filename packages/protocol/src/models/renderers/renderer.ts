import { define, p } from "../../core/model.ts";
import { Bool, Nullable, String as Str } from "../../core/kinds.ts";
import { StyledElement } from "../layouts/index.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { RenderLevel } from "./kinds.ts";

export class Renderer extends define("Renderer", StyledElement, {
  group: p(Nullable(AnyRef), null),
  level: p(RenderLevel, "image"),
  visible: p(Bool, true),
  x_range_name: p(Str, "default"),
  y_range_name: p(Str, "default"),
  coordinates: p(Nullable(AnyRef), null),
  propagate_hover: p(Bool, false),
  context_menu: p(Nullable(AnyRef), null),
}, { abstract: true }) {}
