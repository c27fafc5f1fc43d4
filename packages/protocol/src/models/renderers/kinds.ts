/** Enums and small kinds shared by renderers, annotations, glyphs and tools (BokehJS core/enums, core/kinds). */
import { type Kind, Invalid, Enum, Or, Tuple, NonNegativeInt, Number as Num } from "../../core/kinds.ts";
import { PartialStruct } from "../layouts/kinds.ts";

export const RenderLevel = Enum("image", "underlay", "glyph", "guide", "annotation", "overlay");
export const SpatialUnits = Enum("canvas", "screen", "data");
export const AngleUnits = Enum("deg", "rad", "grad", "turn");
export const Direction = Enum("clock", "anticlock");
export const Dimension = Enum("width", "height");
export const Dimensions = Enum("width", "height", "both");
export const Orientation = Enum("vertical", "horizontal");
export const Side = Enum("above", "below", "left", "right");
export const LabelOrientation = Enum("vertical", "horizontal", "parallel", "normal");
export const Auto = Enum("auto");
export const PaddingUnits = Enum("percent", "absolute");
export const TextAnchorName = Enum(
  "top_left", "top_center", "top_right", "center_left", "center_center", "center_right",
  "bottom_left", "bottom_center", "bottom_right", "top", "left", "center", "right", "bottom",
);
export const LegendLocation = TextAnchorName;
export const HAlign = Enum("left", "center", "right");
export const VAlign = Enum("top", "center", "bottom");
export const AlignName = Enum("start", "center", "end");
/** BokehJS's Anchor: a named anchor or an [x, y] pair of alignments or fractions. */
export const Anchor = Or(TextAnchorName, Tuple(Or(AlignName, HAlign, Num), Or(AlignName, VAlign, Num)));
/** BokehJS's TextAnchor: an Anchor or "auto". */
export const TextAnchor = Or(Anchor, Auto);

const NNI = NonNegativeInt;
/** BokehJS's Padding. */
export const Padding: Kind<unknown> = Or(
  Or(NNI, Tuple(NNI, NNI), PartialStruct({ x: NNI, y: NNI })),
  Tuple(NNI, NNI, NNI, NNI),
  PartialStruct({ left: NNI, right: NNI, top: NNI, bottom: NNI }),
);
/** BokehJS's BorderRadius. */
export const BorderRadius: Kind<unknown> = Or(
  NNI,
  Tuple(NNI, NNI, NNI, NNI),
  PartialStruct({ top_left: NNI, top_right: NNI, bottom_right: NNI, bottom_left: NNI }),
);

/** BokehJS's `Enum(0, 1)`: an axis or grid dimension index. */
export const Dim01: Kind<0 | 1> = { name: "Enum(0, 1)", refs: false, coerce: (v) => (v === 0 || v === 1 ? v : Invalid) };
