import { define, p } from "../../core/model.ts";
import { Ref } from "../../core/kinds.ts";
import { ImageBase } from "./image_base.ts";
import { ColorMapper } from "../mappers/color_mapper.ts";
import { LinearColorMapper } from "../mappers/linear_color_mapper.ts";

export class Image extends define("Image", ImageBase, {
  color_mapper: p(Ref(() => ColorMapper), () => new LinearColorMapper({ palette: ["#000000", "#252525", "#525252", "#737373", "#969696", "#bdbdbd", "#d9d9d9", "#f0f0f0", "#ffffff"] })),
}) {}
