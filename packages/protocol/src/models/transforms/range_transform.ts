import { define, p } from "../../core/model.ts";
import { Nullable, Ref } from "../../core/kinds.ts";
import { Transform } from "../mappers/transform.ts";
import { Range } from "../ranges/range.ts";

/** BokehJS's RangeTransform: an offset applied in a range's coordinates (factors become synthetic positions). */
export class RangeTransform extends define("RangeTransform", Transform, {
  range: p(Nullable(Ref(() => Range)), null),
}, { abstract: true }) {}
