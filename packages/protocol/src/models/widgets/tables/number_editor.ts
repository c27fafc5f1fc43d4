import { define, p, register_models } from "../../../core/model.ts";
import { Number as Num } from "../../../core/kinds.ts";
import { CellEditor } from "./cell_editor.ts";

export class NumberEditor extends define("NumberEditor", CellEditor, {
  step: p(Num, 0.01),
}) {}

register_models({ NumberEditor });
