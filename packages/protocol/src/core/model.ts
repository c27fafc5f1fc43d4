/**
 * Model base: properties are declared once per model (`define`), which gives the class
 * its typed attributes, constructor argument type, defaults and validation.
 */
import { ErrorCode, ValidationError, describe_value } from "../errors.ts";
import { type Kind, Invalid, Nullable, String as Str, List, AnyPlain, Dict, Set as SetOf, Bool, Ref, is_plain_object, is_typed_array } from "./kinds.ts";
import type { Document } from "../document/document.ts";
import { select_models, select_one_model, type Selector } from "../document/select.ts";

export interface PropDef<T = unknown> {
  readonly kind: Kind<T>;
  /** A value, or a factory for values that must not be shared (arrays, models). */
  readonly default: T | (() => T);
  readonly factory: boolean;
  /** BokehJS has no default for it (a document without it fails there): always serialized, even when equal to Dash's default. */
  readonly required?: boolean;
}

/** Declare a property: `p(Number, 0)`, `p(List(String), () => [])`. */
export function p<T>(kind: Kind<T>, default_: NoInfer<T> | (() => NoInfer<T>), opts: { required?: boolean } = {}): PropDef<T> {
  const def = { kind, default: default_, factory: typeof default_ === "function" };
  return opts.required === true ? { ...def, required: true } : def;
}

export type PropTable = Record<string, PropDef<any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type AttrsOf<P extends PropTable> = { -readonly [K in keyof P]: P[K] extends PropDef<infer T> ? T : never };

export type ChangeCallback = (attr: string, old: unknown, value: unknown) => void | Promise<void>;
export type EventCallback = (event: UIEvent) => void | Promise<void>;

/** A UI event as the server sees it (Bokeh's `bokeh_event` payload). */
export interface UIEvent {
  readonly event_name: string;
  readonly model: Model | null;
  readonly [key: string]: unknown;
}

interface PropSpec {
  readonly name: string;
  readonly def: PropDef;
}

let next_id = 1000;
let id_source: (() => string | undefined) | null = null;
/**
 * Let the host choose ids for models made while it says so (returning undefined otherwise):
 * the server makes an app's ids deterministic per document, so another process re-running
 * the app gets the same ids. Pass null to remove it.
 */
export function set_id_source(source: (() => string | undefined) | null): void {
  id_source = source;
}
/** Bokeh-style ids: p<number>. Ids coming from elsewhere are kept as given. */
export function make_id(): string {
  const chosen = id_source?.();
  if (chosen !== undefined) {
    observe_id(chosen);
    return chosen;
  }
  return `p${++next_id}`;
}
/**
 * Ids are Map keys here, but peers and views may key objects by them: the names of
 * object internals ("__proto__", "constructor", ...) are refused, as are empty or huge ids.
 */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype));
export function is_valid_id(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= 256 && !RESERVED_IDS.has(id);
}

/** Keep locally made ids from colliding with ids read from a peer. */
export function observe_id(id: string): void {
  if (id.length > 1 && id[0] === "p") {
    const n = globalThis.Number(id.slice(1));
    if (globalThis.Number.isInteger(n) && n > next_id) next_id = n;
  }
}

export const registry = new Map<string, ModelClass>();
/** Every class `define` made, abstract ones too, by Bokeh name (for references to a base defined later). */
const defined = new Map<string, ModelClass>();

export interface ModelClass<I extends Model = Model, A = Record<string, unknown>> {
  new (attrs?: Partial<A>): I;
  readonly __name__: string;
  readonly __props__: ReadonlyMap<string, PropSpec>;
  readonly __attrs__?: A;
  readonly __abstract__: boolean;
}

export interface SetOptions {
  /** Set by the document when applying a peer's patch: the origin is carried on the event. */
  readonly origin?: string;
  /** Do not produce a document event (used while building from JSON). */
  readonly silent?: boolean;
}

/** Classes whose first instance has been seen (the registry check runs once per class, not per model). */
const registered = new WeakSet<object>();

export class Model {
  static readonly __name__: string = "Model";
  static readonly __props__: ReadonlyMap<string, PropSpec> = new Map();
  static readonly __abstract__: boolean = true;
  declare readonly __attrs__?: Record<string, unknown>;

  // Fields are declared and assigned in the constructor (no class-field define semantics): a
  // session builds hundreds of models, and field initializers showed in its profile.
  declare readonly id: string;
  /** @internal */ declare _document: Document | null;
  /**
   * @internal attribute storage. Own properties are the values this instance holds; the
   * prototype is its class's shared defaults (see `layout_of`), so an unset attribute costs
   * nothing per instance and a factory default is made only when first read or written.
   */
  declare readonly _v: Record<string, unknown>;
  /** Names set since construction; null until the first one (most models set a few or none). */
  private declare _set_names: Set<string> | null;
  private declare _change_cbs: Map<string, ChangeCallback[]> | null;
  private declare _event_cbs: Map<string, EventCallback[]> | null;

  constructor(attrs: Record<string, unknown> = {}) {
    const cls = this.constructor as ModelClass;
    // `class X extends define(...) {}` registers define's base; the first instance of the
    // final class (or register_models on an index) makes the registry build X itself.
    if (!registered.has(cls)) {
      registered.add(cls);
      const known = registry.get(cls.__name__);
      if (known !== undefined && known !== cls && cls.prototype instanceof known) registry.set(cls.__name__, cls);
    }
    let id = attrs.id;
    if (id !== undefined) {
      if (!is_valid_id(id)) throw this._bad("id", "Id (1 to 256 characters, not an Object.prototype name)", id);
      observe_id(id);
    } else id = make_id();
    (this as { id: string }).id = id as string;
    this._document = null;
    this._change_cbs = null;
    this._event_cbs = null;
    const values = this._coerce_all(attrs);
    this._validate(values);
    const layout = layout_of(cls);
    const v = Object.create(layout.proto) as Record<string, unknown>;
    (this as { _v: Record<string, unknown> })._v = v;
    for (const [name, value] of values) v[name] = value;
    this._set_names = values.size > 0 ? new Set(values.keys()) : null;
    // Factory defaults that may hold models are made now, in declaration order, as a peer
    // re-running the app does (model ids stay deterministic); the others stay lazy.
    for (const [name, make] of layout.probing.size > 0 ? [...layout.eager] : layout.eager) {
      if (values.has(name)) continue;
      const v = make();
      if (layout.probing.has(name)) settle(layout, name, v);
      if (!layout.lazy_names.has(name)) this._v[name] = v;
    }
  }

  /** @internal attributes set since construction (serialised even when equal to default). */
  get _set(): Set<string> {
    return (this._set_names ??= new Set());
  }

  /** @internal whether `name` was set explicitly since construction. */
  _is_set(name: string): boolean {
    return this._set_names !== null && this._set_names.has(name);
  }

  get type(): string {
    return (this.constructor as ModelClass).__name__;
  }

  get document(): Document | null {
    return this._document;
  }

  static get_property(name: string): PropSpec | undefined {
    return this.__props__.get(name);
  }

  private _bad(attr: string, expected: string, value: unknown): ValidationError {
    return new ValidationError(
      ErrorCode.BAD_VALUE,
      `${this.type}.${attr} expected ${expected}, got ${describe_value(value)}`,
      { model: this.type, attr, expected, received: describe_value(value) },
    );
  }

  /** Validate every attribute first, so a failed set stores nothing. */
  private _coerce_all(attrs: Record<string, unknown>): Map<string, unknown> {
    const cls = this.constructor as ModelClass;
    const out = new Map<string, unknown>();
    for (const [name, value] of Object.entries(attrs)) {
      if (name === "id" || value === undefined) continue;
      const spec = cls.__props__.get(name);
      if (spec === undefined) {
        throw new ValidationError(ErrorCode.UNKNOWN_ATTRIBUTE, `${this.type} has no attribute '${name}'`, {
          model: this.type,
          attr: name,
        });
      }
      const r = spec.def.kind.coerce(value);
      if (r === Invalid) throw this._bad(name, spec.def.kind.name, value);
      out.set(name, r);
    }
    return out;
  }

  /** Cross-attribute checks (e.g. equal column lengths); throw to refuse the whole set. */
  protected _validate(_values: ReadonlyMap<string, unknown>): void {}

  /** Set several attributes atomically; on_change callbacks and document events follow. */
  setv(attrs: Record<string, unknown>, opts: SetOptions = {}): void {
    const values = this._coerce_all(attrs);
    this._validate(values);
    if (this._document !== null) {
      const cls = this.constructor as ModelClass;
      for (const [name, value] of values) if (cls.__props__.get(name)!.def.kind.refs) this._document._check_attachable(value);
    }
    const changes: Array<[string, unknown, unknown]> = [];
    for (const [name, value] of values) {
      const old = this._v[name];
      this._v[name] = value;
      (this._set_names ??= new Set()).add(name);
      if (!same_value(old, value)) changes.push([name, old, value]);
    }
    for (const [name, old, value] of changes) {
      if (!opts.silent) this._document?._model_changed(this, name, old, value, opts.origin);
      this._trigger_change(name, old, value);
    }
  }

  /**
   * @internal A resync: every attribute takes the given value or its default, silently
   * (no document event); on_change callbacks still see what changed.
   */
  _replace_attributes(attrs: Record<string, unknown>): void {
    const cls = this.constructor as ModelClass;
    const full: Record<string, unknown> = {};
    const reset: string[] = [];
    for (const [name, spec] of cls.__props__) {
      if (name in attrs) full[name] = attrs[name];
      else if (!spec.def.factory) reset.push(name);
      else if (!this._is_set(name)) continue; // still its own default instance
      else full[name] = (spec.def.default as () => unknown)();
    }
    this.setv(full, { silent: true });
    // Plain defaults come back from the class's shared table, uncoerced: some of Bokeh's are
    // "unset" (e.g. FileInput.value) and would not pass their own kind.
    const changed: Array<[string, unknown, unknown]> = [];
    for (const name of reset) {
      if (!Object.hasOwn(this._v, name)) continue;
      const old = this._v[name];
      delete this._v[name];
      const now = this._v[name];
      if (!same_value(old, now)) changed.push([name, old, now]);
    }
    for (const name of cls.__props__.keys()) if (!(name in attrs)) this._set_names?.delete(name);
    for (const [name, old, now] of changed) this._trigger_change(name, old, now);
  }

  /** @internal */
  _trigger_change(attr: string, old: unknown, value: unknown): void {
    const cbs = this._change_cbs?.get(attr);
    if (cbs === undefined) return;
    for (const cb of [...cbs]) invoke(this._document, () => cb(attr, old, value), `${this.type}.on_change('${attr}')`);
  }

  /** Bokeh's `on_change(attr, ...callbacks)`; callbacks get (attr, old, new). */
  on_change(attr: string | readonly string[], ...callbacks: ChangeCallback[]): void {
    const cls = this.constructor as ModelClass;
    for (const a of typeof attr === "string" ? [attr] : attr) {
      if (!cls.__props__.has(a)) {
        throw new ValidationError(ErrorCode.UNKNOWN_ATTRIBUTE, `${this.type} has no attribute '${a}' to watch`, { model: this.type, attr: a });
      }
      this._change_cbs ??= new Map();
      const list = this._change_cbs.get(a) ?? [];
      list.push(...callbacks);
      this._change_cbs.set(a, list);
    }
  }

  remove_on_change(attr: string, callback: ChangeCallback): void {
    const list = this._change_cbs?.get(attr);
    if (list) this._change_cbs!.set(attr, list.filter((cb) => cb !== callback));
  }

  /** Subscribe to a UI event (e.g. "button_click"); clients are told to send it. */
  on_event(event_name: string, ...callbacks: EventCallback[]): void {
    this._event_cbs ??= new Map();
    const list = this._event_cbs.get(event_name) ?? [];
    list.push(...callbacks);
    this._event_cbs.set(event_name, list);
    const subscribed = (this._v.subscribed_events as Set<string> | undefined) ?? new Set<string>();
    if (!subscribed.has(event_name)) this.setv({ subscribed_events: new Set([...subscribed, event_name]) });
  }

  /**
   * Bokeh's `js_on_change(event, ...callbacks)`: client-side callbacks (CustomJS) the browser
   * runs when `event` happens; an attribute name means "change:<attr>". Duplicates are skipped.
   */
  js_on_change(event: string, ...callbacks: Model[]): void {
    if (callbacks.length === 0) throw new ValidationError(ErrorCode.BAD_VALUE, "js_on_change takes at least one callback", { model: this.type });
    const key = (this.constructor as ModelClass).__props__.has(event) ? `change:${event}` : event;
    this.setv({ js_property_callbacks: with_callbacks(this._v.js_property_callbacks, key, callbacks) });
  }

  /** Bokeh's `js_on_event(event_name, ...callbacks)`: client-side callbacks for a UI event (e.g. "button_click"). */
  js_on_event(event_name: string, ...callbacks: Model[]): void {
    if (callbacks.length === 0) throw new ValidationError(ErrorCode.BAD_VALUE, "js_on_event takes at least one callback", { model: this.type });
    this.setv({ js_event_callbacks: with_callbacks(this._v.js_event_callbacks, event_name, callbacks) });
  }

  /** @internal called by the document when a UI event for this model arrives. */
  _trigger_event(event: UIEvent): void {
    const cbs = this._event_cbs?.get(event.event_name);
    if (cbs === undefined) return;
    for (const cb of [...cbs]) invoke(this._document, () => cb(event), `${this.type}.on_event('${event.event_name}')`);
  }

  /** Attribute values, by name, in declaration order. */
  properties_with_values(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const name of (this.constructor as ModelClass).__props__.keys()) out[name] = this._v[name];
    return out;
  }

  /** Models directly referenced by this model's attributes. */
  direct_references(): Model[] {
    const out: Model[] = [];
    this._each_reference((m) => out.push(m));
    return out;
  }

  /** @internal calls `f` for each model this one's attributes hold (repeats possible); no generators: it runs per model on every add_root and pull. */
  _each_reference(f: (m: Model) => void): void {
    const v = this._v;
    for (const [name, factory] of layout_of(this.constructor as ModelClass).refs) {
      // A default not made yet holds no models: do not make it just to look.
      if (!factory || Object.hasOwn(v, name)) each_model(v[name], f);
    }
  }

  /** This model and everything reachable from it. */
  references(): Set<Model> {
    const seen = new Set<Model>();
    const stack: Model[] = [this];
    const push = (r: Model): void => {
      if (!seen.has(r)) stack.push(r);
    };
    while (stack.length > 0) {
      const m = stack.pop()!;
      if (seen.has(m)) continue;
      seen.add(m);
      m._each_reference(push);
    }
    return seen;
  }

  /** Which attributes a serializer writes: those set explicitly and those defaulting to fresh objects. */
  attributes_to_write(): Array<[string, unknown]> {
    const out: Array<[string, unknown]> = [];
    const v = this._v;
    const set = this._set_names;
    for (const p of layout_of(this.constructor as ModelClass).props) {
      const name = p.name;
      if (p.required) {
        out.push([name, v[name]]);
      } else if (set !== null && set.has(name)) {
        const value = v[name];
        if (!p.factory && same_value(value, p.default)) continue;
        out.push([name, value]);
      } else if (p.factory && p.refs && Object.hasOwn(v, name) && has_model(v[name])) {
        // A fresh default holding models (a model, or e.g. a list of them): a peer's own default would have other ids.
        out.push([name, v[name]]);
      }
    }
    return out;
  }

  /** Bokeh's `select(selector)`: this model and those it references that match (`p.select(HoverTool)`, `p.select({name: "x"})`). */
  select<T extends Model = Model>(selector: Selector<T>): T[] {
    return select_models(this.references(), selector);
  }

  /** Bokeh's `select_one(selector)`: the one match or null (several is an error). */
  select_one<T extends Model = Model>(selector: Selector<T>): T | null {
    return select_one_model(this.references(), selector);
  }

  toString(): string {
    return `${this.type}(id=${JSON.stringify(this.id)})`;
  }
}

/**
 * Per class, made at its first instance (declaring a class costs no per-session memory):
 * `proto` holds the plain defaults as data properties and a lazy accessor per factory
 * default that makes the value on first read or write and stores it on the instance.
 * Factories whose kind may hold models are called at construction (`eager`) until one
 * call shows they make none (e.g. `() => []` for a list of renderers): those turn lazy.
 */
interface Layout {
  readonly proto: Record<string, unknown>;
  /** Every attribute, in declaration order, with the facts the serializer asks per model. */
  readonly props: ReadonlyArray<{ readonly name: string; readonly default: unknown; readonly factory: boolean; readonly refs: boolean; readonly required: boolean }>;
  /** The attributes whose kind may hold models: [name, has a factory default]. */
  readonly refs: ReadonlyArray<readonly [string, boolean]>;
  readonly eager: Array<readonly [string, () => unknown]>;
  /** Eager factories not yet seen making a value: the first value decides. */
  readonly probing: Set<string>;
  readonly lazy_names: Set<string>;
}

const layouts = new WeakMap<ModelClass, Layout>();

function layout_of(cls: ModelClass): Layout {
  let l = layouts.get(cls);
  if (l !== undefined) return l;
  const proto = Object.create(null) as Record<string, unknown>;
  const eager: Array<readonly [string, () => unknown]> = [];
  const probing = new Set<string>();
  const lazy_names = new Set<string>();
  const props: Array<Layout["props"][number]> = [];
  const refs: Array<readonly [string, boolean]> = [];
  for (const [name, spec] of cls.__props__) {
    const d = spec.def;
    props.push({ name, default: d.default, factory: d.factory, refs: d.kind.refs, required: d.required === true });
    if (d.kind.refs) refs.push([name, d.factory]);
    if (!d.factory) proto[name] = d.default;
    else if (d.kind.refs) {
      eager.push([name, d.default as () => unknown]);
      probing.add(name);
    } else lazy(proto, name, d.default as () => unknown);
  }
  l = { proto, props, refs, eager, probing, lazy_names };
  layouts.set(cls, l);
  return l;
}

/** A factory default made per instance on first read or write, stored as the instance's own value. */
function lazy(proto: Record<string, unknown>, name: string, make: () => unknown): void {
  Object.defineProperty(proto, name, {
    get(this: Record<string, unknown>) {
      const v = make();
      Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      return v;
    },
    set(this: Record<string, unknown>, v: unknown) {
      Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

/** The first value an eager factory made: without models it never needs to be made eagerly again. */
function settle(l: Layout, name: string, value: unknown): void {
  l.probing.delete(name);
  if (has_model(value)) return;
  const i = l.eager.findIndex(([n]) => n === name);
  const make = l.eager[i]![1];
  l.eager.splice(i, 1);
  l.lazy_names.add(name);
  lazy(l.proto, name, make);
}

/** A copy of a {key: callbacks} table with `callbacks` appended under `key` (those already there skipped). */
function with_callbacks(table: unknown, key: string, callbacks: readonly Model[]): Record<string, Model[]> {
  const out: Record<string, Model[]> = Object.create(null);
  for (const [k, list] of Object.entries((table ?? {}) as Record<string, Model[]>)) out[k] = [...list];
  const list = (out[key] ??= []);
  for (const cb of callbacks) if (!list.includes(cb)) list.push(cb);
  return out;
}

function same_value(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "number") return isNaN(a) && isNaN(b);
  return false;
}

/** Yields the models inside a value (arrays, maps, plain objects, specs), not descending into models. */
export function* models_in(v: unknown): Generator<Model> {
  const found: Model[] = [];
  each_model(v, (m) => found.push(m));
  yield* found;
}

/** Calls `f` for each model inside a value (arrays, maps, plain objects, specs), not descending into models. */
export function each_model(v: unknown, f: (m: Model) => void): void {
  if (v === null || typeof v !== "object") return;
  if (v instanceof Model) {
    f(v);
  } else if (Array.isArray(v)) {
    for (const x of v) if (x !== null && typeof x === "object") each_model(x, f);
  } else if (v instanceof Map) {
    for (const [k, x] of v) {
      each_model(k, f);
      each_model(x, f);
    }
  } else if (is_typed_array(v) || v instanceof Set) {
    return;
  } else if (is_plain_object(v)) {
    for (const x of Object.values(v)) if (x !== null && typeof x === "object") each_model(x, f);
  }
}

/** Whether a value holds a model (stops at the first). */
export function has_model(v: unknown): boolean {
  if (v === null || typeof v !== "object") return false;
  if (v instanceof Model) return true;
  if (Array.isArray(v)) return v.some(has_model);
  if (v instanceof Map) {
    for (const [k, x] of v) if (has_model(k) || has_model(x)) return true;
    return false;
  }
  if (is_typed_array(v) || v instanceof Set) return false;
  return is_plain_object(v) && Object.values(v).some(has_model);
}

/** Run an app callback: errors go to the document's reporter (the server logs them). */
export function invoke(doc: Document | null, fn: () => unknown, where: string): void {
  if (doc) {
    doc._invoke(fn, where);
    return;
  }
  try {
    const r = fn();
    if (r instanceof Promise) r.catch((e) => console.error(`[dash] ${where} failed:`, e));
  } catch (e) {
    console.error(`[dash] ${where} failed:`, e);
  }
}

type AnyModelClass = ModelClass<Model, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type BaseAttrs<B> = B extends { readonly __attrs__?: infer A } ? NonNullable<A> : Record<never, never>;

export type Defined<B extends AnyModelClass, P extends PropTable> = Omit<B, "prototype" | "__attrs__"> & {
  new (attrs?: Partial<BaseAttrs<B> & AttrsOf<P>> & { id?: string }): InstanceType<B> & AttrsOf<P>;
  readonly __attrs__?: BaseAttrs<B> & AttrsOf<P>;
};

/**
 * Declare a model class once: its Bokeh type name, its base, its property table.
 * `class Range1d extends define("Range1d", Range, {start: p(Number, 0)}) {}`
 */
export function define<B extends AnyModelClass, P extends PropTable>(
  name: string,
  base: B,
  props: P,
  opts: { abstract?: boolean } = {},
): Defined<B, P> {
  const all = new Map(base.__props__);
  for (const [k, def] of Object.entries(props)) all.set(k, { name: k, def });
  // A named class so stack traces and describe_value show the Bokeh name.
  const cls = { [name]: class extends (base as unknown as typeof Model) {} }[name]!;
  Object.defineProperty(cls, "__name__", { value: name });
  Object.defineProperty(cls, "__props__", { value: all });
  Object.defineProperty(cls, "__abstract__", { value: opts.abstract ?? false });
  for (const k of Object.keys(props)) {
    Object.defineProperty(cls.prototype, k, {
      get(this: Model) {
        return this._v[k];
      },
      set(this: Model, value: unknown) {
        this.setv({ [k]: value });
      },
      enumerable: true,
      configurable: true,
    });
  }
  defined.set(name, cls as unknown as ModelClass);
  if (!opts.abstract) registry.set(name, cls as unknown as ModelClass);
  return cls as unknown as Defined<B, P>;
}

/** The class `define` made for a Bokeh type name, abstract ones included (most-derived registered one for concrete names). */
export function model_class(name: string): ModelClass | undefined {
  return registry.get(name) ?? defined.get(name);
}

/** Every Bokeh type name `define` has declared, abstract ones included. */
export function defined_names(): string[] {
  return [...defined.keys()];
}

/** Register every concrete model class exported by a module (most-derived class wins). */
export function register_models(mod: Record<string, unknown>): void {
  for (const v of Object.values(mod)) {
    if (typeof v !== "function" || !(v.prototype instanceof Model)) continue;
    const cls = v as unknown as ModelClass;
    if (cls.__abstract__) continue;
    const cur = registry.get(cls.__name__);
    if (cur === undefined || cls.prototype instanceof cur) registry.set(cls.__name__, cls);
  }
}

/** Subclasses that keep their base's table but register under their own name (e.g. Figure). */
export function register(cls: ModelClass, name: string = cls.__name__): void {
  registry.set(name, cls);
}

/**
 * Bokeh's Instance(Callback). Callback (models/callbacks) is defined after this module, so
 * the class is looked up when a value is checked; until it exists any model is accepted.
 */
const CallbackRef: Kind<Model> = Ref(() => defined.get("Callback") ?? Model, "Callback");

/** Bokeh's base Model attributes. */
export const HasProps = define("Model", Model as unknown as ModelClass<Model, Record<never, never>>, {
  name: p(Nullable(Str), null),
  tags: p(List(AnyPlain), () => []),
  js_property_callbacks: p(Dict(List(CallbackRef)), () => ({})),
  js_event_callbacks: p(Dict(List(CallbackRef)), () => ({})),
  subscribed_events: p(SetOf(Str), () => new Set<string>()),
  syncable: p(Bool, true),
}, { abstract: true });
