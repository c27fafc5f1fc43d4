import { define, p, register_models } from "../../../core/model.ts";
import { List, String as Str } from "../../../core/kinds.ts";
import { CellEditor } from "./cell_editor.ts";

export class SelectEditor extends define("SelectEditor", CellEditor, {
  options: p(List(Str), () => []),
}) {}

register_models({ SelectEditor });
