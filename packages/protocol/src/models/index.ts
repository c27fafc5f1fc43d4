/** Every model, registered under its Bokeh name so documents from peers can build them. */
import { register_models } from "../core/model.ts";
import * as sources from "./sources/index.ts";
import * as layouts from "./layouts/index.ts";
import * as widgets from "./widgets/index.ts";
import * as plots from "./plot_index.ts";
import * as expressions from "./expressions/index.ts";
import "./catalog/index.ts";

export * from "./sources/index.ts";
export * from "./layouts/index.ts";
export * from "./widgets/index.ts";
export * from "./events/index.ts";
export * from "./plot_index.ts";
export * from "./expressions/index.ts";
export * from "./catalog/index.ts";

for (const mod of [sources, layouts, widgets, plots, expressions]) register_models(mod as Record<string, unknown>);
