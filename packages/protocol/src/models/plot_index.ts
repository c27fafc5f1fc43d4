/**
 * Plot models (plots, ranges, scales, axes, tickers, formatters, grids, glyphs, renderers,
 * annotations, mappers, tools, callbacks), palettes, and the bokeh.plotting-style API.
 * Importing this module registers every concrete model under its Bokeh name.
 */
import { register_models } from "../core/model.ts";
import * as plots from "./plots/index.ts";
import * as ranges from "./ranges/index.ts";
import * as scales from "./scales/index.ts";
import * as axes from "./axes/index.ts";
import * as tickers from "./tickers/index.ts";
import * as formatters from "./formatters/index.ts";
import * as grids from "./grids/index.ts";
import * as glyphs from "./glyphs/index.ts";
import * as renderers from "./renderers/index.ts";
import * as annotations from "./annotations/index.ts";
import * as mappers from "./mappers/index.ts";
import * as transforms from "./transforms/index.ts";
import * as tools from "./tools/index.ts";
import * as callbacks from "./callbacks/index.ts";

export * from "./plots/index.ts";
export * from "./ranges/index.ts";
export * from "./scales/index.ts";
export * from "./axes/index.ts";
export * from "./tickers/index.ts";
export * from "./formatters/index.ts";
export * from "./grids/index.ts";
export * from "./glyphs/index.ts";
export * from "./renderers/index.ts";
export * from "./annotations/index.ts";
export * from "./mappers/index.ts";
export * from "./transforms/index.ts";
export * from "./tools/index.ts";
export * from "./callbacks/index.ts";
export * from "./plotting/index.ts";
export * as palettes from "./palettes/index.ts";
// Palettes by their Bokeh names too (`import { Viridis256 } from "@dash/server"`, as bokeh.palettes).
export * from "./palettes/index.ts";

for (const mod of [plots, ranges, scales, axes, tickers, formatters, grids, glyphs, renderers, annotations, mappers, transforms, tools, callbacks]) {
  register_models(mod as Record<string, unknown>);
}
