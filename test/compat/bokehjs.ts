/**
 * The real BokehJS 3.10 (the npm bundle: bokeh, widgets, tables, api) in headless Chromium,
 * to check Dash's JSON against BokehJS's own (de)serialization.
 *
 * BokehJS's ESM lib does not load in Node (extensionless imports; and the bundles touch
 * `document` at load time), so it runs in a page served from 127.0.0.1.
 *
 *   const bk = use_bokehjs();                 // in a test file: launch in beforeAll, close in afterAll
 *   const read = await bk.from_json(doc.to_json().json);
 *   read.models[id].type, read.models[id].attributes.value   // what BokehJS holds, as JSON
 *   const json = await bk.make(`return new Bokeh.Widgets.Slider({start: 0, end: 1, value: 0})`);
 *   const defaults = await bk.defaults(["Slider", "Row"]);  // attributes of default instances
 *
 * Values come back in one canonical JSON form (see `canonical`): models as `{id}`, Maps and
 * plain objects as objects (`{"$map": entries}` when a key is not a string), Sets as
 * `{"$set": [...]}`, typed arrays as `{"$ndarray": dtype, "values": [...]}`, non-finite
 * numbers as `{"$number": "nan" | "+inf" | "-inf"}`.
 */
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll } from "vitest";
import { chromium, type Browser, type Page } from "playwright-core";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface BokehModelRead {
  readonly type: string;
  /** Every property that is set (unset ones, e.g. Slider.value_throttled, are left out), canonical. */
  readonly attributes: Record<string, Json>;
}

export interface BokehRead {
  readonly title: string;
  readonly roots: string[];
  /** Every model BokehJS's document holds, by id. */
  readonly models: Record<string, BokehModelRead>;
  /** What BokehJS writes back for this document (`doc.to_json(false)`: the attributes it considers set). */
  readonly json: Json;
  /** BokehJS log lines at warn/error level seen while reading. */
  readonly warnings: string[];
}

export interface BokehDefaults {
  /** Base classes, nearest first (e.g. ["NumericalSlider", ..., "Model"]). */
  readonly bases: string[];
  /** Canonical default values of syncable properties that have a default. */
  readonly attributes: Record<string, Json>;
  /** Syncable properties without a default (BokehJS leaves them unset). */
  readonly unset: string[];
}

export interface BokehJS {
  /** `Bokeh.Document.from_json(json)`; throws with BokehJS's message when it refuses. */
  from_json(doc_json: unknown): Promise<BokehRead>;
  /**
   * Run `snippet` (a function body; `Bokeh` is in scope) returning a Document, a model or an
   * array of models (which become the roots of a new document) and return the document JSON
   * BokehJS writes: `doc.to_json(include_defaults)` (default true: every attribute).
   */
  make(snippet: string, opts?: { include_defaults?: boolean }): Promise<Json>;
  /**
   * Load `doc_json` into a BokehJS document, run `snippet` (a function body with `Bokeh`, `doc`
   * and `bokeh_events` (BokehJS's core/bokeh_events module) in scope) and return the PATCH-DOC
   * content BokehJS would send for what it changed: ModelChanged for property sets,
   * MessageSent "bokeh_event" for `doc.event_manager.send_event(event)`, ... (bytes as base64).
   *   `const b = doc.get_model_by_id("p1001"); const e = new bokeh_events.ButtonClick();
   *    e.origin = b; doc.event_manager.send_event(e);`
   */
  patch(doc_json: unknown, snippet: string): Promise<{ events: Json[] }>;
  /** Default attributes of a fresh instance of each named model (by Bokeh type name). */
  defaults(names: readonly string[]): Promise<Record<string, BokehDefaults>>;
  /** Anything else: evaluate in the page (Bokeh is `window.Bokeh`). */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  readonly page: Page;
  close(): Promise<void>;
}

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";
const BUNDLES = ["bokeh.min.js", "bokeh-widgets.min.js", "bokeh-tables.min.js", "bokeh-api.min.js"];

function bokehjs_dir(): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve("@bokeh/bokehjs/package.json");
  return path.join(path.dirname(pkg), "build", "js");
}

async function serve(): Promise<{ server: http.Server; url: string }> {
  const dir = bokehjs_dir();
  const html = `<!doctype html><html><head><meta charset="utf-8">${BUNDLES.map((f) => `<script src="/${f}"></script>`).join("")}</head><body></body></html>`;
  const server = http.createServer((req, res) => {
    const name = (req.url ?? "/").slice(1);
    if (BUNDLES.includes(name)) {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      fs.createReadStream(path.join(dir, name)).pipe(res);
    } else if (name === "" || name === "index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const addr = server.address();
  if (addr === null || typeof addr === "string") throw new Error("no port");
  return { server, url: `http://127.0.0.1:${addr.port}/` };
}

/** Installed in the page: turns BokehJS values into canonical JSON, reads documents, collects logs. */
function page_setup(): void {
  type Any = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const w = window as Any;
  const Bokeh = w.Bokeh;
  const is_model = (v: Any): boolean =>
    typeof v.id === "string" && typeof v.properties === "object" && typeof v.setv === "function" && typeof v.type === "string";
  w.__dash_logs = [] as string[];
  for (const level of ["warn", "error"]) {
    const orig = (Bokeh.logger as Any)[level].bind(Bokeh.logger);
    (Bokeh.logger as Any)[level] = (...args: unknown[]) => {
      w.__dash_logs.push(`${level}: ${args.map(String).join(" ")}`);
      orig(...args);
    };
  }
  const dtypes: Array<[Any, string]> = [
    [Float64Array, "float64"], [Float32Array, "float32"], [Int32Array, "int32"], [Uint32Array, "uint32"],
    [Int16Array, "int16"], [Uint16Array, "uint16"], [Int8Array, "int8"], [Uint8Array, "uint8"],
  ];
  const enc = (v: unknown): unknown => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number") {
      if (Number.isNaN(v)) return { $number: "nan" };
      if (v === Infinity) return { $number: "+inf" };
      if (v === -Infinity) return { $number: "-inf" };
      return v;
    }
    if (typeof v !== "object") return v;
    if (is_model(v)) return { id: (v as Any).id };
    if (Array.isArray(v)) return v.map(enc);
    if (ArrayBuffer.isView(v)) {
      const dt = dtypes.find(([c]) => v instanceof c);
      return { $ndarray: dt ? dt[1] : "unknown", values: Array.from(v as unknown as ArrayLike<number>, (x) => enc(x)) };
    }
    if (v instanceof Map) {
      const entries = [...v.entries()];
      if (entries.every(([k]) => typeof k === "string")) return Object.fromEntries(entries.map(([k, x]) => [k, enc(x)]));
      return { $map: entries.map(([k, x]) => [enc(k), enc(x)]) };
    }
    if (v instanceof Set) return { $set: [...v].map(enc) };
    if ((v as Any).constructor?.name === "NDArray" || (v as Any).__ndarray__ === true) {
      return { $ndarray: (v as Any).dtype, values: Array.from(v as Any, (x) => enc(x)) };
    }
    const out: Record<string, unknown> = {};
    const is_spec = "field" in v || "value" in v || "expr" in v;
    for (const [k, x] of Object.entries(v)) {
      // BokehJS keeps specs as {field, transform: null, units: null}; JSON leaves nulls out
      if (is_spec && (k === "transform" || k === "units") && x == null) continue;
      out[k] = enc(x);
    }
    return out;
  };
  const attrs_of = (m: Any): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const prop of m) {
      if (!prop.syncable || prop.internal || prop.is_unset) continue;
      out[prop.attr] = enc(prop.get_value());
    }
    return out;
  };
  w.__dash_enc = enc;
  w.__dash_read = (doc_json: unknown) => {
    w.__dash_logs = [];
    const doc = Bokeh.Document.from_json(doc_json);
    const models: Record<string, unknown> = {};
    for (const m of doc._all_models.values()) models[m.id] = { type: m.type, attributes: attrs_of(m) };
    return {
      title: doc.title(),
      roots: doc.roots().map((r: Any) => r.id),
      models,
      json: JSON.parse(JSON.stringify(doc.to_json(false))),
      warnings: [...w.__dash_logs],
    };
  };
  w.__dash_make = (snippet: string, include_defaults: boolean) => {
    const made = new Function("Bokeh", snippet)(Bokeh);
    let doc = made;
    if (!(made instanceof Bokeh.Document)) {
      doc = new Bokeh.Document();
      for (const m of Array.isArray(made) ? made : [made]) doc.add_root(m);
    }
    return JSON.parse(JSON.stringify(doc.to_json(include_defaults)));
  };
  w.__dash_patch = (doc_json: unknown, snippet: string) => {
    const doc = Bokeh.Document.from_json(doc_json);
    const events: unknown[] = [];
    doc.on_change((e: unknown) => events.push(e), false);
    const bokeh_events = Bokeh.require("core/bokeh_events");
    new Function("Bokeh", "doc", "bokeh_events", snippet)(Bokeh, doc, bokeh_events);
    const references = new Map();
    for (const m of doc._all_models.values()) if (!doc._new_models.has(m)) references.set(m, m.ref());
    const { Serializer } = Bokeh.require("core/serialization");
    const serializer = new Serializer({ references, binary: false });
    return JSON.parse(JSON.stringify({ events: serializer.encode(events) }));
  };
  w.__dash_defaults = (names: string[]) => {
    const out: Record<string, unknown> = {};
    for (const name of names) {
      const cls = Bokeh.Models.get(name);
      const m = new cls();
      const attributes: Record<string, unknown> = {};
      const unset: string[] = [];
      for (const prop of m) {
        if (!prop.syncable || prop.internal) continue;
        if (prop.is_unset) unset.push(prop.attr);
        else attributes[prop.attr] = enc(prop.get_value());
      }
      const bases: string[] = [];
      for (let c = Object.getPrototypeOf(cls); c !== null && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
        const q = (c as Any).__qualified__;
        if (typeof q !== "string") break;
        bases.push(q);
      }
      out[name] = { bases, attributes, unset };
    }
    return out;
  };
}

export async function launch_bokehjs(): Promise<BokehJS> {
  const { server, url } = await serve();
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage();
    const page_errors: string[] = [];
    page.on("pageerror", (e) => page_errors.push(String(e)));
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { Bokeh?: { Widgets?: unknown; Tables?: unknown; Document?: unknown } }).Bokeh?.Document !== undefined);
    await page.evaluate(page_setup);
    const b = browser;
    /** Call one of the functions page_setup installed (results are plain JSON). */
    const call = async (fn: string, ...args: unknown[]): Promise<unknown> =>
      page.evaluate(
        ({ fn, args }: { fn: string; args: unknown[] }) => (window as unknown as Record<string, (...a: unknown[]) => unknown>)[fn]!(...args),
        { fn, args },
      );
    return {
      page,
      from_json: async (doc_json) => (await call("__dash_read", doc_json)) as BokehRead,
      make: async (snippet, opts = {}) => (await call("__dash_make", snippet, opts.include_defaults ?? true)) as Json,
      patch: async (doc_json, snippet) => (await call("__dash_patch", doc_json, snippet)) as { events: Json[] },
      defaults: async (names) => (await call("__dash_defaults", [...names])) as Record<string, BokehDefaults>,
      evaluate: async <R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
        (await page.evaluate(fn as unknown as (a: unknown) => unknown, arg as unknown)) as R,
      async close() {
        await b.close();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  } catch (e) {
    await browser?.close();
    server.close();
    throw e;
  }
}

/**
 * For a test file: launches BokehJS once (beforeAll) and closes it (afterAll). The returned
 * object forwards to the instance, so it can be used inside tests.
 */
export function use_bokehjs(): Omit<BokehJS, "page" | "close"> & { readonly page: Page } {
  let bk: BokehJS | null = null;
  beforeAll(async () => {
    bk = await launch_bokehjs();
  }, 60_000);
  afterAll(async () => {
    await bk?.close();
    bk = null;
  });
  const get = (): BokehJS => {
    if (bk === null) throw new Error("BokehJS is not running (use_bokehjs() must be called at a test file's top level)");
    return bk;
  };
  return {
    get page() {
      return get().page;
    },
    from_json: (j) => get().from_json(j),
    make: (s, o) => get().make(s, o),
    patch: (j, s) => get().patch(j, s),
    defaults: (n) => get().defaults(n),
    evaluate: (fn, arg) => get().evaluate(fn, arg),
  };
}

/** Convenience names from the brief. */
export async function bokeh_from_json(bk: Pick<BokehJS, "from_json">, json: unknown): Promise<BokehRead> {
  return bk.from_json(json);
}
export async function bokeh_make(bk: Pick<BokehJS, "make">, snippet: string, opts?: { include_defaults?: boolean }): Promise<Json> {
  return bk.make(snippet, opts);
}

// ---- the same canonical form for Bokeh JSON (Dash's or BokehJS's) ------------------------------

const B64 = typeof Buffer !== "undefined";

function decode_bytes(data: Json): Uint8Array | null {
  if (typeof data !== "string" || !B64) return null;
  const raw = Buffer.from(data, "base64");
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    // gzip (BokehJS 3.10's base64 form)
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const zlib = createRequire(import.meta.url)("node:zlib") as typeof import("node:zlib");
    return new Uint8Array(zlib.gunzipSync(raw));
  }
  return new Uint8Array(raw);
}

const TYPED: Record<string, (b: ArrayBuffer) => ArrayLike<number>> = {
  float64: (b) => new Float64Array(b), float32: (b) => new Float32Array(b), int32: (b) => new Int32Array(b),
  uint32: (b) => new Uint32Array(b), int16: (b) => new Int16Array(b), uint16: (b) => new Uint16Array(b),
  int8: (b) => new Int8Array(b), uint8: (b) => new Uint8Array(b),
};

function canon_num(x: number): Json {
  if (Number.isNaN(x)) return { $number: "nan" };
  if (x === Infinity) return { $number: "+inf" };
  if (x === -Infinity) return { $number: "-inf" };
  return x;
}

/**
 * Bokeh 3 JSON -> the canonical form the page produces: model reps (full or ref) become
 * `{id}`, maps with string keys and plain objects become objects, value reps are resolved.
 */
export function canonical(v: Json): Json {
  if (v === null || typeof v !== "object") return typeof v === "number" ? canon_num(v) : v;
  if (Array.isArray(v)) return v.map(canonical);
  const type = v.type;
  switch (type) {
    case "object":
      if (typeof v.id === "string") return { id: v.id };
      break;
    case "ref":
      return { id: v.id ?? null };
    case "number":
      return v.value === "nan" ? { $number: "nan" } : v.value === "+inf" ? { $number: "+inf" } : v.value === "-inf" ? { $number: "-inf" } : (v.value ?? null);
    case "map": {
      const entries = (v.entries ?? []) as Json[];
      const pairs = entries.map((e) => [canonical((e as Json[])[0]!), canonical((e as Json[])[1]!)] as const);
      if (pairs.every(([k]) => typeof k === "string")) return Object.fromEntries(pairs);
      return { $map: pairs.map(([k, x]) => [k, x]) };
    }
    case "set":
      return { $set: ((v.entries ?? []) as Json[]).map(canonical) };
    case "ndarray":
    case "typed_array": {
      const dtype = String(v.dtype);
      const arr = v.array as Json;
      if (Array.isArray(arr)) return { $ndarray: dtype, values: arr.map(canonical) };
      const bytes = arr !== null && typeof arr === "object" && !Array.isArray(arr) && arr.type === "bytes" ? decode_bytes(arr.data as Json) : null;
      const make = TYPED[dtype];
      if (bytes !== null && make !== undefined) {
        const copy = bytes.slice().buffer;
        return { $ndarray: dtype, values: Array.from(make(copy), (x) => canon_num(x)) };
      }
      return { $ndarray: dtype, values: [] };
    }
    case "value": case "field": case "expr": {
      // Bokeh's typed value reps: {type: "value", value: ...}
      const out: { [k: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) if (k !== "type") out[k] = canonical(x);
      return out;
    }
    default:
      break;
  }
  if (typeof v.id === "string" && Object.keys(v).length === 1) return { id: v.id };
  const out: { [k: string]: Json } = {};
  for (const [k, x] of Object.entries(v)) out[k] = canonical(x);
  return out;
}

export interface IndexedModel {
  readonly type: string;
  /** The attributes written in the JSON, canonical. */
  readonly attributes: Record<string, Json>;
}

/** Every full model rep in a document (or any Bokeh JSON), by id, with canonical attributes. */
export function index_models(json: Json): Record<string, IndexedModel> {
  const out: Record<string, IndexedModel> = {};
  const walk = (v: Json): void => {
    if (v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (v.type === "object" && typeof v.id === "string" && typeof v.name === "string") {
      const attrs = (v.attributes ?? {}) as { [k: string]: Json };
      out[v.id] = { type: v.name, attributes: Object.fromEntries(Object.entries(attrs).map(([k, x]) => [k, canonical(x)])) };
    }
    for (const x of Object.values(v)) walk(x);
  };
  walk(json);
  return out;
}
