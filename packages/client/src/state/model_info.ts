/**
 * What the views know about a model type comes from @dash/protocol's model classes, the one
 * schema: an attribute's default (`__props__`) and the class chain (for `is_a`). A type the
 * protocol does not declare has no defaults and no ancestors.
 */
import { Model, models_in, registry, is_spec, is_plain_object, is_typed_array, type ModelClass } from "@dash/protocol";

/** A plain, immutable copy of an attribute value: models become {$ref}. */
export function to_plain(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  if (v instanceof Model) return { $ref: v.id };
  if (is_typed_array(v)) return v;
  if (Array.isArray(v)) return v.map(to_plain);
  if (v instanceof Set) return [...v].map(to_plain);
  if (v instanceof Map) {
    const entries = [...v];
    if (entries.every(([k]) => typeof k === "string")) return Object.fromEntries(entries.map(([k, x]) => [k, to_plain(x)]));
    return entries.map(([k, x]) => [to_plain(k), to_plain(x)]);
  }
  if (is_spec(v) || is_plain_object(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = to_plain(x);
    return out;
  }
  return v;
}

const NONE = Symbol("none");
const cache = new Map<string, Map<string, unknown>>();

/** Bokeh's default of `type.name` as a snapshot holds it, or undefined when the type or attribute is unknown. */
export function default_of(type: string, name: string): unknown {
  let table = cache.get(type);
  if (table === undefined) cache.set(type, (table = new Map()));
  let v = table.get(name);
  if (v === undefined) {
    v = NONE;
    const spec = registry.get(type)?.__props__.get(name);
    if (spec !== undefined) {
      const d = spec.def;
      const value = d.factory ? (d.default as () => unknown)() : d.default;
      // A default that makes models (e.g. a fresh Selection) has no snapshot form: null.
      v = d.kind.refs && models_in(value).next().done !== true ? null : to_plain(value);
    }
    table.set(name, v);
  }
  return v === NONE ? undefined : v;
}

const chains = new Map<string, readonly string[]>();

/** The type and its ancestors' Bokeh names, most derived first (["Figure", "Plot", "LayoutDOM", ...]). */
export function class_chain(type: string): readonly string[] {
  let chain = chains.get(type);
  if (chain === undefined) {
    const names: string[] = [type];
    let cls: ModelClass | undefined = registry.get(type);
    while (cls !== undefined && cls !== (Model as unknown as ModelClass)) {
      if (!names.includes(cls.__name__)) names.push(cls.__name__);
      cls = Object.getPrototypeOf(cls) as ModelClass | undefined;
      if (cls === undefined || typeof cls !== "function" || !("__name__" in cls)) break;
    }
    chains.set(type, (chain = names));
  }
  return chain;
}

/** The nearest ancestor type, if the protocol declares one. */
export function parent_type(type: string): string | undefined {
  return class_chain(type)[1];
}
