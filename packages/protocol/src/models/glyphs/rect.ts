import { define, p } from "../../core/model.ts";
import { Bool } from "../../core/kinds.ts";
import { CenterRotatable } from "./center_rotatable.ts";
import { BorderRadius } from "../renderers/kinds.ts";

export class Rect extends define("Rect", CenterRotatable, {
  border_radius: p(BorderRadius, 0),
  dilate: p(Bool, false),
}) {}
