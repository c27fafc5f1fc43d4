/**
 * The app's own JavaScript in formatters, filters and transforms (CustomJSTickFormatter,
 * CustomJSHover, CustomJSFilter, CustomJSTransform), run as BokehJS runs it: `new Function` over
 * the names of `args` plus the model's own parameters, in strict mode, in this viewer's page.
 * The code comes from the app: the server's client write policy never lets a viewer set `code`,
 * `func`, `v_func` or `args`, so no viewer can make another viewer's page run its code.
 *
 * Models in `args` are passed as read-only views of this page's snapshot (`id`, `type`, every
 * attribute, a source's `data` and `get_length()`), since views see snapshots, not models.
 * A compiled function is cached per (code, names). Errors are logged with the model's id and
 * the caller falls back (the tick or value as text, every row kept, the value untransformed).
 */
import { attr, is_ref, is_plain_object, source_data, data_length, type ModelSnap, type Resolver } from "../../state/snapshot.ts";

type Func = (...args: unknown[]) => unknown;

const cache = new Map<string, Func>();

function compile(params: readonly string[], code: string): Func {
  const key = `${params.join(",")}\u0000${code}`;
  let f = cache.get(key);
  if (f === undefined) {
    if (cache.size > 256) cache.clear();
    f = new Function(...params, `"use strict";\n${code}`) as Func;
    cache.set(key, f);
  }
  return f;
}

/** A read-only stand-in for a model referenced from `args`. */
function model_view(m: ModelSnap, r: Resolver, seen: Map<string, object>): object {
  const hit = seen.get(m.id);
  if (hit !== undefined) return hit;
  const target = Object.create(null) as Record<string, unknown>;
  const proxy = new Proxy(target, {
    get: (_t, key) => {
      if (typeof key !== "string") return undefined;
      if (key === "id") return m.id;
      if (key === "type") return m.type;
      if (key === "data" && "data" in m.attrs) return source_data(m);
      if (key === "get_length") return () => data_length(source_data(m));
      return arg_value(attr(m, key), r, seen);
    },
    set: () => false,
  });
  seen.set(m.id, proxy);
  return proxy;
}

function arg_value(v: unknown, r: Resolver, seen: Map<string, object>): unknown {
  if (is_ref(v)) {
    const m = r.deref(v);
    return m == null ? null : model_view(m, r, seen);
  }
  if (Array.isArray(v)) return v.map((x) => arg_value(x, r, seen));
  if (is_plain_object(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, arg_value(x, r, seen)]));
  return v;
}

/** `args` of a CustomJS* model: names and (resolved) values, in the same order. */
export function js_args(m: ModelSnap, r: Resolver): { names: string[]; values: unknown[] } {
  const args = attr<unknown>(m, "args");
  const entries = is_plain_object(args) ? Object.entries(args) : [];
  const seen = new Map<string, object>();
  return { names: entries.map(([k]) => k), values: entries.map(([, v]) => arg_value(v, r, seen)) };
}

function report(m: ModelSnap, e: unknown): void {
  console.error(`[dash] ${m.type} ${m.id} failed:`, e);
}

/** CustomJSTickFormatter: `code` gets (tick, index, ticks, ...args) with one shared `this` per call of the axis. */
export function custom_tick_labels(f: ModelSnap, ticks: readonly number[], r: Resolver): string[] {
  try {
    const { names, values } = js_args(f, r);
    const func = compile(["tick", "index", "ticks", ...names], attr<string>(f, "code") ?? "");
    const self = {};
    return ticks.map((tick, index) => `${func.call(self, tick, index, ticks, ...values) as string}`);
  } catch (e) {
    report(f, e);
    return ticks.map((t) => String(t));
  }
}

/** CustomJSHover: `code` gets (...args, value, format, special_vars). */
export function custom_hover(f: ModelSnap, r: Resolver): (value: unknown, format: string | undefined, special_vars: Record<string, unknown>) => string {
  const { names, values } = js_args(f, r);
  return (value, format, special_vars) => {
    try {
      const func = compile([...names, "value", "format", "special_vars"], attr<string>(f, "code") ?? "");
      return `${func(...values, value, format, special_vars) as string}`;
    } catch (e) {
      report(f, e);
      return String(value);
    }
  };
}

/** CustomJSFilter: `code` gets (...args, source) and returns row indices, booleans or null (all rows). */
export function custom_filter_mask(f: ModelSnap, source: ModelSnap | null, n: number, r: Resolver): Uint8Array {
  const mask = new Uint8Array(n);
  try {
    const { names, values } = js_args(f, r);
    const func = compile([...names, "source"], attr<string>(f, "code") ?? "");
    const out = func(...values, source == null ? null : model_view(source, r, new Map()));
    if (out == null) return mask.fill(1);
    if (!Array.isArray(out) && !ArrayBuffer.isView(out)) throw new Error(`expected an array of integers or booleans, or null, got ${String(out)}`);
    const list = Array.from(out as ArrayLike<unknown>);
    if (list.every((x) => typeof x === "boolean")) { list.forEach((b, i) => { if (i < n && b) mask[i] = 1; }); return mask; }
    if (list.every((x) => Number.isInteger(x))) { for (const i of list as number[]) if (i >= 0 && i < n) mask[i] = 1; return mask; }
    throw new Error("expected an array of integers or booleans, or null");
  } catch (e) {
    report(f, e);
    return mask.fill(1);
  }
}

/** CustomJSTransform: `v_func` gets (...args, xs); without one, `func` maps each x. */
export function custom_transform(t: ModelSnap, xs: ArrayLike<unknown>, r: Resolver): ArrayLike<unknown> {
  try {
    const { names, values } = js_args(t, r);
    const v_func = attr<string>(t, "v_func") ?? "";
    if (v_func !== "") {
      const out = compile([...names, "xs"], v_func)(...values, xs);
      if (Array.isArray(out) || ArrayBuffer.isView(out)) return out as ArrayLike<unknown>;
      throw new Error(`v_func returned ${String(out)}, not an array`);
    }
    const func = compile([...names, "x"], attr<string>(t, "func") ?? "");
    return Array.from(xs, (x) => func(...values, x));
  } catch (e) {
    report(t, e);
    return xs;
  }
}
