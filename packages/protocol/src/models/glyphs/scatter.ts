import { define, p } from "../../core/model.ts";
import { Dict } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { Marker } from "./marker.ts";
import { MarkerSpec } from "./kinds.ts";

export class Scatter extends define("Scatter", Marker, {
  marker: p(MarkerSpec, () => ({ value: "circle" as const })),
  /** Custom marker definitions ("@name" -> CustomJS). */
  defs: p(Dict(AnyRef), () => ({})),
}) {}
