/** BokehJS's coordinates/Node: a symbolic position (e.g. the frame's top) used by annotations. */
import { define, p, HasProps } from "../../core/model.ts";
import { Enum, Int, Or, String as Str } from "../../core/kinds.ts";
import { AnyRef, required } from "../layouts/kinds.ts";

export const ImplicitTarget = Enum("canvas", "plot", "frame", "parent");

export class Node extends define("Node", HasProps, {
  /** Required in BokehJS (no default there): a factory default, so a set value is always written. */
  target: required(Or(ImplicitTarget, AnyRef), () => "frame" as const),
  /** Required in BokehJS (no default there): a factory default, so a set value is always written. */
  symbol: required(Str, () => ""),
  offset: p(Int, 0),
}) {}
