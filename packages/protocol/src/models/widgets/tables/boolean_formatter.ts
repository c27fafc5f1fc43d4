import { define, p, register_models } from "../../../core/model.ts";
import { String as Str } from "../../../core/kinds.ts";
import { CellFormatter } from "./cell_formatter.ts";

/** True cells as an icon. */
export class BooleanFormatter extends define("BooleanFormatter", CellFormatter, {
  icon: p(Str, "check"),
}) {}

register_models({ BooleanFormatter });
