import { define, p } from "../../core/model.ts";
import { Area } from "./area.ts";
import { CoordinateSpec } from "./kinds.ts";

export class HArea extends define("HArea", Area, {
  x1: p(CoordinateSpec, () => ({ field: "x1" })),
  x2: p(CoordinateSpec, () => ({ field: "x2" })),
  y: p(CoordinateSpec, () => ({ field: "y" })),
}) {}
