/**
 * Bokeh's CustomJS: JavaScript run by the browser client when a watched attribute changes
 * (`model.js_on_change(attr, cb)`) or a UI event fires (`model.js_on_event(name, cb)`).
 * `args` names values (models or plain data) that the code sees as variables, beside
 * `cb_obj` (the model, or the event) and `cb_data`. The server never runs `code`.
 */
import { define, p } from "../../core/model.ts";
import { Any, Bool, Dict, Enum, Or, String as Str } from "../../core/kinds.ts";
import { Callback } from "./callback.ts";

export class CustomJS extends define("CustomJS", Callback, {
  args: p(Dict(Any), () => ({})),
  code: p(Str, "", { required: true }),
  module: p(Or(Enum("auto"), Bool), "auto"),
}) {}
