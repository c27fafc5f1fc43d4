import { define, register_models } from "../../../core/model.ts";
import { CellEditor } from "./cell_editor.ts";

export class TextEditor extends define("TextEditor", CellEditor, {}) {}

register_models({ TextEditor });
