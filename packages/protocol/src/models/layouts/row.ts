import { define, register_models } from "../../core/model.ts";
import { FlexBox } from "./flex_box.ts";

/** Children laid out left to right. */
export class Row extends define("Row", FlexBox, {}) {}

register_models({ Row });
