/** Bokeh's Callback: the abstract base of client-side callbacks (CustomJS, ...). */
import { define, HasProps } from "../../core/model.ts";

export class Callback extends define("Callback", HasProps, {}, { abstract: true }) {}
