export { Axis } from "./axis.ts";
export { ContinuousAxis } from "./continuous_axis.ts";
export { LinearAxis } from "./linear_axis.ts";
export { LogAxis } from "./log_axis.ts";
export { DatetimeAxis } from "./datetime_axis.ts";
export { CategoricalAxis } from "./categorical_axis.ts";
export { LabelingPolicy, AllLabels, NoOverlap } from "./labeling_policy.ts";
