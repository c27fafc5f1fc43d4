import { define, register_models } from "../../core/model.ts";
import { Markup } from "./markup.ts";

/** A paragraph of text. */
export class Paragraph extends define("Paragraph", Markup, {}) {}

register_models({ Paragraph });
