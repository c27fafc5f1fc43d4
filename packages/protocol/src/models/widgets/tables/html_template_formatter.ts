import { define, p, register_models } from "../../../core/model.ts";
import { String as Str } from "../../../core/kinds.ts";
import { CellFormatter } from "./cell_formatter.ts";

/** Cells rendered through an underscore.js template. */
export class HTMLTemplateFormatter extends define("HTMLTemplateFormatter", CellFormatter, {
  template: p(Str, "<%= value %>"),
}) {}

register_models({ HTMLTemplateFormatter });
