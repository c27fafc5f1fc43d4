import { define } from "../../core/model.ts";
import { Scale } from "./scale.ts";

export class CategoricalScale extends define("CategoricalScale", Scale, {}) {}
