import { define, p, register_models } from "../../../core/model.ts";
import { List, String as Str } from "../../../core/kinds.ts";
import { CellEditor } from "./cell_editor.ts";

export class StringEditor extends define("StringEditor", CellEditor, {
  completions: p(List(Str), () => []),
}) {}

register_models({ StringEditor });
