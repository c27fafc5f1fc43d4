import { define, HasProps } from "../../../core/model.ts";

/** Base of the DataTable cell editors. */
export class CellEditor extends define("CellEditor", HasProps, {}, { abstract: true }) {}
