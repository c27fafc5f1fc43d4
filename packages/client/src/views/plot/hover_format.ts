// Hover tooltip templating (bokehjs core/util/templating): "@col", "@{col name}", "$x", "$index",
// with optional "{format}" and per-field formatters ("numeral" default, "printf", "datetime").
import { sprintf } from "./ticks.ts";
import { custom_hover } from "./user_code.ts";
import { is_plain_object, type Resolver } from "../../state/snapshot.ts";
import { format_numeral } from "../../format/numeral.ts";
import { strftime } from "../../format/strftime.ts";

/** A CustomJSHover's code, as a function of (value, format, special_vars). */
export type HoverFormatter = (value: unknown, format: string | undefined, special_vars: Record<string, unknown>) => string;
export type Formatters = Readonly<Record<string, string | HoverFormatter>>;

/** HoverTool.formatters with CustomJSHover references turned into functions (user_code.ts). */
export function hover_formatters(raw: unknown, r: Resolver): Formatters {
  if (!is_plain_object(raw)) return {};
  const out: Record<string, string | HoverFormatter> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === "string") out[k] = v;
    else {
      const m = r.deref(v);
      if (m?.type === "CustomJSHover") out[k] = custom_hover(m, r);
    }
  }
  return out;
}

export interface HoverVars {
  readonly index: number;
  readonly x: number;
  readonly y: number;
  readonly sx: number;
  readonly sy: number;
  readonly name?: string | null;
  readonly data: Readonly<Record<string, ArrayLike<unknown>>>;
}

/** bokehjs basic_formatter */
export function basic_format(v: unknown): string {
  if (typeof v === "number") {
    if (Number.isInteger(v)) return sprintf("%d", v);
    if (Math.abs(v) > 0.1 && Math.abs(v) < 1000) return sprintf("%0.3f", v);
    return sprintf("%0.3e", v);
  }
  return String(v);
}

export function format_value(v: unknown, kind: string | HoverFormatter | undefined, format: string | undefined, vars?: HoverVars): string {
  if (typeof kind === "function") return kind(v, format, vars == null ? {} : { index: vars.index, x: vars.x, y: vars.y, sx: vars.sx, sy: vars.sy, name: vars.name ?? null });
  if (v == null) return "???";
  if (kind === "datetime") return typeof v === "number" ? strftime(v, format ?? "%Y-%m-%d %H:%M:%S") : String(v);
  if (kind === "printf") return sprintf(format ?? "%s", v);
  if (format == null) return basic_format(v);
  if (typeof v === "number") return format_numeral(v, format);
  return String(v);
}

const PATTERN = /([@$])(?:\{([^}]+)\}|([\w.]+))(?:\{([^}]*)\})?/g;

export function render_template(template: string, vars: HoverVars, formatters: Formatters = {}): string {
  return template.replace(PATTERN, (_m, sigil: string, braced: string | undefined, plain: string | undefined, format: string | undefined) => {
    const name = braced ?? plain ?? "";
    let value: unknown;
    if (sigil === "$") {
      switch (name) {
        case "index": return String(vars.index);
        case "x": value = vars.x; break;
        case "y": value = vars.y; break;
        case "sx": value = vars.sx; break;
        case "sy": value = vars.sy; break;
        case "name": return String(vars.name ?? "");
        default: return `$${name}`;
      }
    } else {
      const col = vars.data[name];
      value = col == null ? undefined : col[vars.index];
    }
    const kind = formatters[`${sigil}${braced != null ? `{${name}}` : name}`] ?? formatters[`${sigil}${name}`];
    return format_value(value, kind, format, vars);
  });
}

export type Tooltips = string | ReadonlyArray<readonly [string, string]> | null;

/** Rows of [label, value] for a tabular tooltip, or a single string for a template tooltip. */
export function tooltip_rows(tooltips: Tooltips, vars: HoverVars, formatters: Formatters = {}): Array<[string, string]> | string {
  if (tooltips == null) return [];
  if (typeof tooltips === "string") return render_template(tooltips, vars, formatters);
  return tooltips.map(([label, tpl]) => [label, render_template(tpl, vars, formatters)]);
}

/** The HoverTool formatter models hover_formatters runs. */
export function hover_formatter_types(): string[] {
  return ["CustomJSHover"];
}
