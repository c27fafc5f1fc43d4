export { Scale } from "./scale.ts";
export { ContinuousScale } from "./continuous_scale.ts";
export { LinearScale } from "./linear_scale.ts";
export { LogScale } from "./log_scale.ts";
export { CategoricalScale } from "./categorical_scale.ts";
