import { define, register_models } from "../../../core/model.ts";
import { CellEditor } from "./cell_editor.ts";

export class DateEditor extends define("DateEditor", CellEditor, {}) {}

register_models({ DateEditor });
