export { Plot } from "./plot.ts";
export { Figure } from "./figure.ts";
export { GridPlot } from "./grid_plot.ts";
