/**
 * CustomJS in the browser, as BokehJS runs it: `code` is a function body whose variables are
 * the names in `args` (bound to the replica's models, or plain values), `cb_obj`, `cb_data`
 * and `cb_context`; code with an `export default` line (or `module: true`) is an ES module
 * whose default export gets (args, cb_obj, cb_data, cb_context).
 *
 * Property callbacks (`js_property_callbacks["change:<attr>"]`) run after every batch that
 * changed the attribute, whether the user, client code or the server changed it; event
 * callbacks run for UI events of that name. What the code changes is a local edit, sent to
 * the server like any other. Errors are logged with the callback's and the model's ids.
 */
import { ColumnDataSource, Model, keep_data_edits_local, type Document, type DocumentEvent } from "@dash/protocol";

type Func = (this: unknown, ...args: unknown[]) => unknown;
interface Compiled {
  readonly key: string;
  readonly module: boolean;
  readonly func: Func | Promise<Func>;
}

const compiled = new WeakMap<Model, Compiled>();

function args_of(cb: Model): Record<string, unknown> {
  return (cb._v.args ?? {}) as Record<string, unknown>;
}

function is_module(cb: Model, code: string): boolean {
  const m = cb._v.module;
  if (typeof m === "boolean") return m;
  return code.split("\n").some((line) => line.trimStart().startsWith("export default"));
}

// Through Function so the bundler leaves the dynamic import to the browser.
const import_url = new Function("url", "return import(url)") as (url: string) => Promise<{ default?: unknown }>;

async function compile_module(code: string): Promise<Func> {
  const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
  try {
    const mod = await import_url(url);
    if (typeof mod.default === "function") return mod.default as Func;
    console.warn("[dash] CustomJS module didn't export a default function");
    return () => undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function compile(cb: Model): Compiled {
  const code = typeof cb._v.code === "string" ? cb._v.code : "";
  const names = Object.keys(args_of(cb));
  const module = is_module(cb, code);
  const key = `${module}\u0000${names.join(",")}\u0000${code}`;
  const known = compiled.get(cb);
  if (known !== undefined && known.key === key) return known;
  const func: Func | Promise<Func> = module
    ? compile_module(code)
    : (new Function(...names, "cb_obj", "cb_data", "cb_context", `"use strict";\n${code}`) as Func);
  const c: Compiled = { key, module, func };
  compiled.set(cb, c);
  return c;
}

function report(cb: Model, where: string, e: unknown): void {
  console.error(`[dash] CustomJS ${cb.id} (${where}) failed:`, e);
}

/** Run one callback with `obj` as cb_obj; never throws (errors are logged). */
export function execute(cb: Model, obj: unknown, data: Record<string, unknown>, where: string): void {
  if (cb.type !== "CustomJS") return; // other Callback models are not ported
  try {
    const { module, func } = compile(cb);
    const args = args_of(cb);
    const context = { index: null };
    const call = (f: Func): unknown => (module ? f(args, obj, data, context) : f.call(obj, ...Object.values(args), obj, data, context));
    const r = func instanceof Promise ? func.then(call) : call(func);
    if (r instanceof Promise) r.catch((e: unknown) => report(cb, where, e));
  } catch (e) {
    report(cb, where, e);
  }
}

function callbacks_for(table: unknown, key: string): Model[] {
  const list = (table as Record<string, unknown> | undefined)?.[key];
  return Array.isArray(list) ? list.filter((x): x is Model => x instanceof Model) : [];
}

/** Run `model.js_property_callbacks[key]` (key: "change:<attr>"). */
export function run_property_callbacks(model: Model, key: string): void {
  for (const cb of callbacks_for(model._v.js_property_callbacks, key)) execute(cb, model, {}, `${key} on ${model.type} ${model.id}`);
}

/** Run `model.js_event_callbacks[event.event_name]`; cb_obj is the event, with `origin` the model. */
export function run_event_callbacks(model: Model, event: { readonly event_name: string; readonly [key: string]: unknown }): void {
  const cbs = callbacks_for(model._v.js_event_callbacks, event.event_name);
  if (cbs.length === 0) return;
  const obj = { ...event, origin: model };
  for (const cb of cbs) execute(cb, obj, {}, `${event.event_name} on ${model.type} ${model.id}`);
}

function change_key(e: DocumentEvent): [Model, string] | null {
  if (e.kind === "ModelChanged") return [e.model, `change:${e.attr}`];
  if (e.kind === "ColumnDataChanged") return [e.model, "change:data"];
  return null;
}

/**
 * Run property callbacks for every change in each batch of `doc`; returns the unsubscribe.
 * As in BokehJS, `source.data[col] = ...` in client code is local until `source.change.emit()`.
 */
export function watch_property_callbacks(doc: Document): () => void {
  keep_data_edits_local(doc);
  return doc.on_batch((batch) => {
    const emitted: ColumnDataSource[] = [];
    for (const e of batch.events) {
      const hit = change_key(e);
      if (hit === null || hit[0].document !== doc) continue;
      const [model, key] = hit;
      if (key === "change:data" && model instanceof ColumnDataSource && model.emitted) {
        emitted.push(model); // source.change.emit(): not a property change for callbacks
        continue;
      }
      run_property_callbacks(model, key);
    }
    for (const m of emitted) m.emitted = false;
  });
}

/** The callback types the client runs (execute() ports CustomJS only). */
export function callback_types(): string[] {
  return ["CustomJS"];
}
