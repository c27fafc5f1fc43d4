import { define } from "../../core/model.ts";
import { Filter } from "./filter.ts";

/** Every row (CDSView's default filter). */
export class AllIndices extends define("AllIndices", Filter, {}) {}
