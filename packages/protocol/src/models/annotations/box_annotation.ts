import { define, p } from "../../core/model.ts";
import { Bool, Enum, NonNegative, Nullable, Number as Num, Or } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { Annotation } from "./annotation.ts";
import { Node } from "./node.ts";
import { BorderRadius, SpatialUnits } from "../renderers/kinds.ts";
import { CoordinateValue } from "../glyphs/kinds.ts";
import { area_visuals } from "./area_visuals.ts";
import { extras } from "../catalog/extras.gen.ts";
import "./box_interaction_handles.ts"; // the classes of the default `handles`

/** BokehJS's CoordinateLike: a number, a factor, or a Coordinate model (e.g. a Node). */
export const CoordinateLike = Or(CoordinateValue, AnyRef);
const Limit = Nullable(Or(Num, AnyRef));
const frame = (symbol: string) => () => new Node({ target: "frame", symbol });

export class BoxAnnotation extends define("BoxAnnotation", Annotation, {
  ...extras.BoxAnnotation,
  ...area_visuals(),
  top: p(CoordinateLike, frame("top")),
  bottom: p(CoordinateLike, frame("bottom")),
  left: p(CoordinateLike, frame("left")),
  right: p(CoordinateLike, frame("right")),
  top_units: p(SpatialUnits, "data"),
  bottom_units: p(SpatialUnits, "data"),
  left_units: p(SpatialUnits, "data"),
  right_units: p(SpatialUnits, "data"),
  top_limit: p(Limit, null),
  bottom_limit: p(Limit, null),
  left_limit: p(Limit, null),
  right_limit: p(Limit, null),
  min_width: p(NonNegative, 0),
  min_height: p(NonNegative, 0),
  max_width: p(Num, Infinity),
  max_height: p(Num, Infinity),
  border_radius: p(BorderRadius, 0),
  editable: p(Bool, false),
  resizable: p(Enum("none", "left", "right", "top", "bottom", "x", "y", "all"), "all"),
  movable: p(Enum("none", "x", "y", "both"), "both"),
  symmetric: p(Bool, false),
  use_handles: p(Bool, false),
  inverted: p(Bool, false),
}) {}
