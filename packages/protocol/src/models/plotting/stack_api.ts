/**
 * bokeh.plotting's vbar_stack / hbar_stack (bokeh/plotting/_stack.py): one bar renderer per
 * stacker, its bottom/top (left/right) the row-wise sums of the stackers below it, as
 * `stack()` expressions that the clients compute. List-valued keyword arguments (colors,
 * legend labels, names) are split one per stacker.
 */
import { DashError, ErrorCode } from "../../errors.ts";
import { stack } from "../expressions/stack.ts";

export function stack_calls(stackers: readonly string[], kwargs: Record<string, unknown>, lo: string, hi: string): Array<Record<string, unknown>> {
  if (!Array.isArray(stackers) || stackers.length === 0 || !stackers.every((s) => typeof s === "string")) {
    throw new DashError(ErrorCode.BAD_VALUE, "stackers must be a non-empty list of column names");
  }
  if (lo in kwargs || hi in kwargs) {
    throw new DashError(ErrorCode.BAD_VALUE, `Stack property '${lo}' or '${hi}' cannot be used in kwargs`);
  }
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < stackers.length; i++) {
    const call: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(kwargs)) {
      // Lists are per stacker, except where a list is the value itself (a source, or columns given as data).
      if (Array.isArray(v) && k !== "source" && v.length === stackers.length && typeof v[0] !== "number") call[k] = v[i];
      else if (Array.isArray(v) && k !== "source" && v.length !== stackers.length && ["color", "fill_color", "line_color", "legend_label", "name"].includes(k)) {
        throw new DashError(ErrorCode.BAD_VALUE, `keyword argument sequences for broadcasting must be the same length as stackers (${k})`);
      } else call[k] = v;
    }
    call.name ??= stackers[i];
    call[lo] = stack(...stackers.slice(0, i));
    call[hi] = stack(...stackers.slice(0, i + 1));
    out.push(call);
  }
  return out;
}
