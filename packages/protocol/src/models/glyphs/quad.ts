import { define, p } from "../../core/model.ts";
import { LRTB } from "./lrtb.ts";
import { CoordinateSpec } from "./kinds.ts";

export class Quad extends define("Quad", LRTB, {
  right: p(CoordinateSpec, () => ({ field: "right" })),
  bottom: p(CoordinateSpec, () => ({ field: "bottom" })),
  left: p(CoordinateSpec, () => ({ field: "left" })),
  top: p(CoordinateSpec, () => ({ field: "top" })),
}) {}
