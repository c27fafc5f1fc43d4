export { Expression } from "./expression.ts";
export { Stack, stack } from "./stack.ts";
export { CumSum, cumsum } from "./cumsum.ts";
