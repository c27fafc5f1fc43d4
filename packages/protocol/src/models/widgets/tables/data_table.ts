import { define, p, register_models } from "../../../core/model.ts";
import { Bool, Enum, Int, List, Nullable, Number as Num, Or, Ref, String as Str } from "../../../core/kinds.ts";
import { TableWidget } from "./table_widget.ts";
import { TableColumn } from "./table_column.ts";

export const AutosizeMode = Enum("fit_columns", "fit_viewport", "none", "force_fit", "ignore_viewport");

/** A table (SlickGrid in BokehJS) of a ColumnDataSource's rows. */
export class DataTable extends define("DataTable", TableWidget, {
  autosize_mode: p(AutosizeMode, "force_fit"),
  auto_edit: p(Bool, false),
  columns: p(List(Ref(() => TableColumn)), () => []),
  fit_columns: p(Nullable(Bool), null),
  frozen_columns: p(Nullable(Int), null),
  frozen_rows: p(Nullable(Int), null),
  sortable: p(Bool, true),
  reorderable: p(Bool, true),
  editable: p(Bool, false),
  selectable: p(Or(Bool, Enum("checkbox")), true),
  index_position: p(Nullable(Int), 0),
  index_header: p(Str, "#"),
  index_width: p(Int, 40),
  scroll_to_selection: p(Bool, true),
  header_row: p(Bool, true),
  row_height: p(Int, 25),
  multi_selectable: p(Bool, true),
  width: p(Nullable(Num), 600),
  height: p(Nullable(Num), 400),
}) {}

register_models({ DataTable });
