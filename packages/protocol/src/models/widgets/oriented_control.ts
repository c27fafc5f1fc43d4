import { define, p } from "../../core/model.ts";
import { Control } from "./control.ts";
import { Orientation } from "../layouts/kinds.ts";

export class OrientedControl extends define("OrientedControl", Control, {
  orientation: p(Orientation, "horizontal"),
}, { abstract: true }) {}
