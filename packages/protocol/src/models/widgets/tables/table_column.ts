import { define, p, HasProps, register_models } from "../../../core/model.ts";
import { Bool, Nullable, Number as Num, Or, Ref, String as Str } from "../../../core/kinds.ts";
import { AnyRef, Sort, required } from "../../layouts/kinds.ts";
import { CellFormatter } from "./cell_formatter.ts";
import { CellEditor } from "./cell_editor.ts";
import { StringFormatter } from "./string_formatter.ts";
import { StringEditor } from "./string_editor.ts";

/** One DataTable column: `field` (required) names the source column shown. */
export class TableColumn extends define("TableColumn", HasProps, {
  field: required(Str, () => ""),
  title: p(Nullable(Or(Str, AnyRef)), null),
  width: p(Num, 300),
  formatter: p(Ref(() => CellFormatter), () => new StringFormatter()),
  editor: p(Ref(() => CellEditor), () => new StringEditor()),
  sortable: p(Bool, true),
  default_sort: p(Sort, "ascending"),
  visible: p(Bool, true),
  sorter: p(Nullable(AnyRef), null),
}) {}

register_models({ TableColumn });
