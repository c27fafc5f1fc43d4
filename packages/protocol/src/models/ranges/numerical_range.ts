import { define } from "../../core/model.ts";
import { Range } from "./range.ts";

/** Ranges over numbers; `start`/`end` are declared by each concrete range (their defaults differ). */
export class NumericalRange extends define("NumericalRange", Range, {}, { abstract: true }) {}
