import { define, register_models } from "../../core/model.ts";
import { FlexBox } from "./flex_box.ts";

/** Children laid out top to bottom. */
export class Column extends define("Column", FlexBox, {}) {}

register_models({ Column });
