/**
 * Bokeh's Theme: `{attrs: {ClassName: {attr: value}}}` (JSON or YAML), applied as Bokeh
 * applies it: for a model, the values of its class and of every base class (BokehJS's chain,
 * so abstract bases such as Glyph or Axis work), the most derived winning, replace the class
 * defaults of attributes the app did not set. The merged table is kept per theme per class.
 */
import YAML from "yaml";
import { DashError, ErrorCode } from "../errors.ts";
import type { Model, ModelClass } from "../core/model.ts";
import { bokeh_bases } from "../models/catalog/bases.gen.ts";

export interface ThemeJson {
  attrs?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

export type ThemeSource = { json: ThemeJson } | { yaml: string } | string;

function parse(source: ThemeSource): ThemeJson {
  let v: unknown;
  if (typeof source === "string") {
    try {
      v = YAML.parse(source); // YAML is a superset of JSON
    } catch (e) {
      throw new DashError(ErrorCode.BAD_VALUE, `theme is not valid YAML or JSON: ${(e as Error).message}`);
    }
  } else if ("json" in source) v = source.json;
  else v = YAML.parse(source.yaml);
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new DashError(ErrorCode.BAD_VALUE, "a theme is an object with an 'attrs' mapping");
  const attrs = (v as ThemeJson).attrs ?? {};
  if (attrs === null || typeof attrs !== "object" || Array.isArray(attrs)) throw new DashError(ErrorCode.BAD_VALUE, "theme 'attrs' must map class names to attribute values");
  for (const [cls, table] of Object.entries(attrs)) {
    if (table === null || typeof table !== "object" || Array.isArray(table)) throw new DashError(ErrorCode.BAD_VALUE, `theme attrs for '${cls}' must be a mapping`);
  }
  return v as ThemeJson;
}

export class Theme {
  readonly json: ThemeJson;
  private readonly _by_class = new Map<ModelClass, ReadonlyMap<string, unknown>>();

  constructor(source: ThemeSource) {
    this.json = parse(source);
  }

  /** The themed values for a class: its own and its bases', the most derived winning; only attributes it has. */
  values_for(cls: ModelClass): ReadonlyMap<string, unknown> {
    let out = this._by_class.get(cls);
    if (out !== undefined) return out;
    const chain: string[] = [];
    for (let c: { __name__?: string } | null = cls; c !== null && c.__name__ !== undefined; c = Object.getPrototypeOf(c)) {
      if (!chain.includes(c.__name__)) chain.push(c.__name__);
    }
    for (const b of bokeh_bases[cls.__name__] ?? []) if (!chain.includes(b)) chain.push(b);
    const attrs = this.json.attrs ?? {};
    const merged = new Map<string, unknown>();
    for (const name of chain.reverse()) {
      const table = Object.hasOwn(attrs, name) ? attrs[name]! : undefined;
      if (table === undefined) continue;
      for (const [k, v] of Object.entries(table)) if (cls.__props__.has(k)) merged.set(k, v);
    }
    out = merged;
    this._by_class.set(cls, out);
    return out;
  }

  /** Give `model` the themed value of every attribute it was not given explicitly. */
  apply_to_model(model: Model, opts: { silent?: boolean } = {}): void {
    const values = this.values_for(model.constructor as ModelClass);
    if (values.size === 0) return;
    const attrs: Record<string, unknown> = {};
    for (const [k, v] of values) if (!model._set.has(k)) attrs[k] = structuredClone(v);
    if (Object.keys(attrs).length > 0) model.setv(attrs, { silent: opts.silent });
  }
}
