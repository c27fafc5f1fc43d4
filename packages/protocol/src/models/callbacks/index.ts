export { Callback } from "./callback.ts";
export { CustomJS } from "./customjs.ts";
