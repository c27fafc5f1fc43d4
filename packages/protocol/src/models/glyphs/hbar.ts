import { define, p } from "../../core/model.ts";
import { DistanceSpec } from "../../core/specs.ts";
import { LRTB } from "./lrtb.ts";
import { CoordinateSpec } from "./kinds.ts";

export class HBar extends define("HBar", LRTB, {
  left: p(CoordinateSpec, () => ({ value: 0 })),
  y: p(CoordinateSpec, () => ({ field: "y" })),
  height: p(DistanceSpec, () => ({ value: 1 })),
  right: p(CoordinateSpec, () => ({ field: "right" })),
}) {}
