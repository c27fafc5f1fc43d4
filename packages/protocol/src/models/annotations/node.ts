/** BokehJS's coordinates/Node: a symbolic position (e.g. the frame's top) used by annotations. */
import { define, p, HasProps } from "../../core/model.ts";
import { Enum, Int, Or, String as Str } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";

export const ImplicitTarget = Enum("canvas", "plot", "frame", "parent");

export class Node extends define("Node", HasProps, {
  /** Required in BokehJS. */
  target: p(Or(ImplicitTarget, AnyRef), "frame"),
  /** Required in BokehJS. */
  symbol: p(Str, ""),
  offset: p(Int, 0),
}) {}
