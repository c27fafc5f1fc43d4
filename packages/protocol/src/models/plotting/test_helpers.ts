/** Shared by the plot model tests. */
import * as all from "../plot_index.ts";
import { Model, type ModelClass } from "../../core/model.ts";

/** Every concrete model class exported by plot_index. */
export const concrete_classes: ModelClass[] = (Object.values(all) as unknown[]).filter(
  (v): v is ModelClass => typeof v === "function" && v.prototype instanceof Model && !(v as ModelClass).__abstract__,
);
