export { Range } from "./range.ts";
export { NumericalRange } from "./numerical_range.ts";
export { Range1d } from "./range1d.ts";
export { DataRange } from "./data_range.ts";
export { DataRange1d } from "./data_range1d.ts";
export { FactorRange, FactorSeq, type Factors } from "./factor_range.ts";
