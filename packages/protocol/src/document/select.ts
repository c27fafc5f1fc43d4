/**
 * Bokeh's query selectors (bokeh.core.query.match) for `model.select(...)` and
 * `doc.select(...)`: a model class, or an object whose keys must all match —
 * `type` (a class or a list of classes: instanceof any), `tags` (a value: it is one of the
 * model's tags; a list: shares one with them), and any attribute name (equal value).
 */
import { ErrorCode, ValidationError } from "../errors.ts";
import type { Model, ModelClass } from "../core/model.ts";

type Ctor<T extends Model = Model> = abstract new (...args: never[]) => T;

export interface SelectorObject<T extends Model = Model> {
  readonly type?: Ctor<T> | readonly Ctor[];
  readonly name?: string | null;
  readonly tags?: unknown;
  readonly [attr: string]: unknown;
}

export type Selector<T extends Model = Model> = Ctor<T> | SelectorObject<T>;

function same(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return false;
}

function is_ctor(v: unknown): v is Ctor {
  return typeof v === "function";
}

/** Whether `model` matches `selector` (Bokeh's `match`). */
export function matches(model: Model, selector: Selector): boolean {
  if (is_ctor(selector)) return model instanceof selector;
  if (selector === null || typeof selector !== "object") {
    throw new ValidationError(ErrorCode.BAD_VALUE, "select() expects a model class or a selector object such as {type: HoverTool, name: \"x\"}");
  }
  const props = (model.constructor as ModelClass).__props__;
  for (const key of Object.keys(selector)) {
    const want = selector[key];
    if (key === "type") {
      const types = Array.isArray(want) ? want : [want];
      if (!types.every(is_ctor)) throw new ValidationError(ErrorCode.BAD_VALUE, "select(): `type` must be a model class or a list of them");
      if (!types.some((t) => model instanceof (t as Ctor))) return false;
    } else if (key === "tags") {
      const tags = (model._v.tags ?? []) as unknown[];
      const wanted = Array.isArray(want) ? want : [want];
      if (!wanted.some((w) => tags.some((t) => same(t, w)))) return false;
    } else if (!props.has(key) || !same(model._v[key], want)) {
      return false;
    }
  }
  return true;
}

/** The models among `models` that match, in order. */
export function select_models<T extends Model>(models: Iterable<Model>, selector: Selector<T>): T[] {
  const out: T[] = [];
  for (const m of models) if (matches(m, selector)) out.push(m as T);
  return out;
}

/** Bokeh's `select_one`: the only match, null when none; more than one is an error. */
export function select_one_model<T extends Model>(models: Iterable<Model>, selector: Selector<T>): T | null {
  const found = select_models(models, selector);
  if (found.length > 1) {
    throw new ValidationError(ErrorCode.BAD_VALUE, `select_one() found ${found.length} models matching the selector, expected at most one`, { count: found.length });
  }
  return found[0] ?? null;
}
