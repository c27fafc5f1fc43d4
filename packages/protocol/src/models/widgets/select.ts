import { define, p, register_models } from "../../core/model.ts";
import { AnyPlain, Dict, List, Or, String as Str, Tuple } from "../../core/kinds.ts";
import { InputWidget } from "./input_widget.ts";
import { ErrorCode, ValidationError, describe_value } from "../../errors.ts";

/** Options: labels, or [value, label] pairs. */
export const SelectOptions = List(Or(Str, Tuple(AnyPlain, Str)));
/** Option groups: group label -> options. */
export const SelectOptionGroups = Dict(SelectOptions);

/** The values the options offer (a label alone is its own value). */
function option_values(options: unknown): unknown[] {
  const list = Array.isArray(options) ? options : Object.values(options as Record<string, unknown[]>).flat();
  return list.map((o) => (Array.isArray(o) ? o[0] : o));
}

/**
 * A single-choice drop-down list. `value` is "" when nothing is selected. It is a string,
 * or one of the non-string values the options pair with a label ([value, label]); anything
 * else (a number no option has, a list) is refused, so a client cannot put a value there
 * that no option offers.
 */
export class Select extends define("Select", InputWidget, {
  value: p(AnyPlain, ""),
  options: p(Or(SelectOptions, SelectOptionGroups), () => []),
}) {
  protected override _validate(values: ReadonlyMap<string, unknown>): void {
    super._validate(values);
    if (!values.has("value")) return;
    const value = values.get("value");
    if (typeof value === "string") return;
    const options = values.has("options") ? values.get("options") : this._v?.options;
    const ok = (value === null || typeof value !== "object") && option_values(options ?? []).some((v) => v === value);
    if (!ok) {
      throw new ValidationError(ErrorCode.BAD_VALUE, `Select.value expected String or one of the options' values, got ${describe_value(value)}`, {
        model: "Select", attr: "value", expected: "String | option value", received: describe_value(value),
      });
    }
  }
}

register_models({ Select });
