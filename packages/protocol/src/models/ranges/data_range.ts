import { define, p } from "../../core/model.ts";
import { List, Or, Enum } from "../../core/kinds.ts";
import { AnyRef } from "../layouts/kinds.ts";
import { NumericalRange } from "./numerical_range.ts";
import { extras } from "../catalog/extras.gen.ts";

export class DataRange extends define("DataRange", NumericalRange, {
  ...extras.DataRange,
  renderers: p(Or(List(AnyRef), Enum("auto")), () => []),
}, { abstract: true }) {}
