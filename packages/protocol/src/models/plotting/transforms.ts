/** bokeh.transform helpers: color-mapped, dodged and jittered field specs. */
import type { FieldSpec } from "../../core/specs.ts";
import type { ColorValue } from "../../core/kinds.ts";
import { CategoricalColorMapper } from "../mappers/categorical_color_mapper.ts";
import { LinearColorMapper } from "../mappers/linear_color_mapper.ts";
import { LogColorMapper } from "../mappers/log_color_mapper.ts";
import type { Factors } from "../ranges/factor_range.ts";
import type { Range } from "../ranges/range.ts";
import { Dodge } from "../transforms/dodge.ts";
import { Jitter } from "../transforms/jitter.ts";

export interface CategoricalMapOptions { start?: number; end?: number | null; nan_color?: ColorValue }
export interface ContinuousMapOptions { low_color?: ColorValue | null; high_color?: ColorValue | null; nan_color?: ColorValue }

/** `{field, transform: CategoricalColorMapper}` as bokeh.transform.factor_cmap. */
export function factor_cmap(field_name: string, palette: readonly ColorValue[], factors: Factors, opts: CategoricalMapOptions = {}): FieldSpec {
  const mapper = new CategoricalColorMapper({ palette: [...palette], factors, start: opts.start ?? 0, end: opts.end ?? null, nan_color: opts.nan_color ?? "gray" });
  return { field: field_name, transform: mapper };
}

/** `{field, transform: LinearColorMapper}` as bokeh.transform.linear_cmap. */
export function linear_cmap(field_name: string, palette: readonly ColorValue[], low: number, high: number, opts: ContinuousMapOptions = {}): FieldSpec {
  const mapper = new LinearColorMapper({ palette: [...palette], low, high, low_color: opts.low_color ?? null, high_color: opts.high_color ?? null, nan_color: opts.nan_color ?? "gray" });
  return { field: field_name, transform: mapper };
}

/** `{field, transform: LogColorMapper}` as bokeh.transform.log_cmap. */
export function log_cmap(field_name: string, palette: readonly ColorValue[], low: number, high: number, opts: ContinuousMapOptions = {}): FieldSpec {
  const mapper = new LogColorMapper({ palette: [...palette], low, high, low_color: opts.low_color ?? null, high_color: opts.high_color ?? null, nan_color: opts.nan_color ?? "gray" });
  return { field: field_name, transform: mapper };
}

/** `{field, transform: Dodge}` as bokeh.transform.dodge: the field's values shifted by `value` (in `range`'s coordinates). */
export function dodge(field_name: string, value: number, range: Range | null = null): FieldSpec {
  return { field: field_name, transform: new Dodge({ value, range }) };
}

/** `{field, transform: Jitter}` as bokeh.transform.jitter. */
export function jitter(field_name: string, width: number, mean = 0, distribution: "uniform" | "normal" = "uniform", range: Range | null = null): FieldSpec {
  return { field: field_name, transform: new Jitter({ width, mean, distribution, range }) };
}
