import { define } from "../../core/model.ts";
import { ImageBase } from "./image_base.ts";

export class ImageRGBA extends define("ImageRGBA", ImageBase, {}) {}
