import { define, p } from "../../core/model.ts";
import { String as Str, AnyPlain } from "../../core/kinds.ts";
import { Filter } from "./filter.ts";

/** The rows whose `column_name` equals `group`. */
export class GroupFilter extends define("GroupFilter", Filter, {
  column_name: p(Str, ""),
  group: p(AnyPlain, null as unknown),
}) {}
