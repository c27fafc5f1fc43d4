/**
 * The rest of BokehJS 3.10's model catalog: every registered type without a hand-written
 * class, generated from BokehJS's metadata by packages/protocol/scripts/gen_models.ts.
 */
import { register_models } from "../../core/model.ts";
import * as generated from "./models.gen.ts";

export * from "./models.gen.ts";
export { bokeh_bases } from "./bases.gen.ts";

register_models(generated as Record<string, unknown>);
