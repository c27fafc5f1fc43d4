import { define } from "../../core/model.ts";
import { ContinuousColorMapper } from "./continuous_color_mapper.ts";

export class LinearColorMapper extends define("LinearColorMapper", ContinuousColorMapper, {}) {}
