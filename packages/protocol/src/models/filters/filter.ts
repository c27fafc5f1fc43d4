import { define, HasProps } from "../../core/model.ts";

/** Base of row filters for CDSView. */
export class Filter extends define("Filter", HasProps, {}, { abstract: true }) {}
