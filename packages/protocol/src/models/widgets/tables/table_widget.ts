import { define, p } from "../../../core/model.ts";
import { Ref } from "../../../core/kinds.ts";
import { Widget } from "../widget.ts";
import { ColumnDataSource } from "../../sources/column_data_source.ts";
import { CDSView } from "../../sources/cds_view.ts";

/** Base of DataTable: the rows come from `source`, filtered by `view`. */
export class TableWidget extends define("TableWidget", Widget, {
  source: p(Ref(() => ColumnDataSource), () => new ColumnDataSource()),
  view: p(Ref(() => CDSView), () => new CDSView()),
}, { abstract: true }) {}
