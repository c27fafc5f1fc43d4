/**
 * Bokeh's splattable lists: `p.xaxis.axis_label = "x"` sets the attribute on every axis of
 * that kind; reading an attribute works when there is exactly one. Indexing and iteration
 * work as on an array.
 */
import type { Model } from "../../core/model.ts";

export type Splattable<T extends Model> = T[] & Omit<T, keyof T[]>;

export function splattable<T extends Model>(items: T[]): Splattable<T> {
  return new Proxy(items, {
    get(target, prop, receiver) {
      if (typeof prop === "symbol" || prop in target) return Reflect.get(target, prop, receiver);
      if (target.length === 1) {
        const v = (target[0] as unknown as Record<string, unknown>)[prop];
        return typeof v === "function" ? (v as (...a: unknown[]) => unknown).bind(target[0]) : v;
      }
      throw new Error(`'${prop}' is ambiguous: ${target.length} objects (set it to change all of them, or index one)`);
    },
    set(target, prop, value) {
      if (typeof prop === "symbol" || prop in target || /^\d+$/.test(prop)) return Reflect.set(target, prop, value);
      // One validated set per object; the first bad value throws before the rest change.
      for (const item of target) (item as unknown as Model).setv({ [prop]: value });
      return true;
    },
  }) as Splattable<T>;
}
