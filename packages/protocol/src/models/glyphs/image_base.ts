import { define, p } from "../../core/model.ts";
import { Bool } from "../../core/kinds.ts";
import { DistanceSpec } from "../../core/specs.ts";
import { XYGlyph } from "./xy_glyph.ts";
import { ImageOrigin, NDArraySpec } from "./kinds.ts";
import { Anchor } from "../renderers/kinds.ts";
import { image_vector } from "./mixins.ts";

export class ImageBase extends define("ImageBase", XYGlyph, {
  ...image_vector(),
  image: p(NDArraySpec, () => ({ field: "image" })),
  dw: p(DistanceSpec, () => ({ field: "dw" })),
  dh: p(DistanceSpec, () => ({ field: "dh" })),
  dilate: p(Bool, false),
  origin: p(ImageOrigin, "bottom_left"),
  anchor: p(Anchor, "bottom_left"),
}, { abstract: true }) {}
