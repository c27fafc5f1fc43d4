import { define, register_models } from "../../../core/model.ts";
import { CellEditor } from "./cell_editor.ts";

export class CheckboxEditor extends define("CheckboxEditor", CellEditor, {}) {}

register_models({ CheckboxEditor });
