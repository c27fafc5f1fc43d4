export { Transform } from "./transform.ts";
export { Mapper } from "./mapper.ts";
export { ColorMapper } from "./color_mapper.ts";
export { ContinuousColorMapper } from "./continuous_color_mapper.ts";
export { LinearColorMapper } from "./linear_color_mapper.ts";
export { LogColorMapper } from "./log_color_mapper.ts";
export { CategoricalColorMapper } from "./categorical_color_mapper.ts";
