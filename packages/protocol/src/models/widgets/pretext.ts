import { define, register_models } from "../../core/model.ts";
import { Markup } from "./markup.ts";

/** Preformatted text. */
export class PreText extends define("PreText", Markup, {}) {}

register_models({ PreText });
