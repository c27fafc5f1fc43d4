import { define, HasProps } from "../../../core/model.ts";

/** Base of the DataTable cell formatters. */
export class CellFormatter extends define("CellFormatter", HasProps, {}, { abstract: true }) {}
