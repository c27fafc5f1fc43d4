export { RangeTransform } from "./range_transform.ts";
export { Dodge } from "./dodge.ts";
export { Jitter } from "./jitter.ts";
