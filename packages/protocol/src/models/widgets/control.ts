import { define } from "../../core/model.ts";
import { Widget } from "./widget.ts";

/** A widget holding a value the user edits. */
export class Control extends define("Control", Widget, {}, { abstract: true }) {}
