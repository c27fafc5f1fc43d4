import { define, p, register_models } from "../../../core/model.ts";
import { Int } from "../../../core/kinds.ts";
import { CellEditor } from "./cell_editor.ts";

export class IntEditor extends define("IntEditor", CellEditor, {
  step: p(Int, 1),
}) {}

register_models({ IntEditor });
