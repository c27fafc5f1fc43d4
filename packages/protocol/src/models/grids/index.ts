export { Grid } from "./grid.ts";
