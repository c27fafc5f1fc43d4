import { define, p } from "../../core/model.ts";
import { DistanceSpec } from "../../core/specs.ts";
import { LRTB } from "./lrtb.ts";
import { CoordinateSpec } from "./kinds.ts";

export class VBar extends define("VBar", LRTB, {
  x: p(CoordinateSpec, () => ({ field: "x" })),
  bottom: p(CoordinateSpec, () => ({ value: 0 })),
  width: p(DistanceSpec, () => ({ value: 1 })),
  top: p(CoordinateSpec, () => ({ field: "top" })),
}) {}
