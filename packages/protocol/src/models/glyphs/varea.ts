import { define, p } from "../../core/model.ts";
import { Area } from "./area.ts";
import { CoordinateSpec } from "./kinds.ts";

export class VArea extends define("VArea", Area, {
  x: p(CoordinateSpec, () => ({ field: "x" })),
  y1: p(CoordinateSpec, () => ({ field: "y1" })),
  y2: p(CoordinateSpec, () => ({ field: "y2" })),
}) {}
