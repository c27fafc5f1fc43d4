import { define } from "../../core/model.ts";
import { ContinuousColorMapper } from "./continuous_color_mapper.ts";

export class LogColorMapper extends define("LogColorMapper", ContinuousColorMapper, {}) {}
