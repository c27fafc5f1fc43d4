import { define, HasProps } from "../../core/model.ts";

/** Base of expressions: values computed from a source's columns (used as {expr} in data specs). */
export class Expression extends define("Expression", HasProps, {}, { abstract: true }) {}
