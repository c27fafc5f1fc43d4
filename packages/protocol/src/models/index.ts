/** Every model, registered under its Bokeh name so documents from peers can build them. */
import { register_models } from "../core/model.ts";
import * as sources from "./sources/index.ts";

export * from "./sources/index.ts";

for (const mod of [sources]) register_models(mod as Record<string, unknown>);
