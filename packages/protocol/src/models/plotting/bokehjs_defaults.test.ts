/**
 * Every attribute of every plot model exists in BokehJS 3.10 with the same default.
 *
 * BokehJS's lib/*.js are ESM with extensionless imports in a package without "type": "module",
 * so Node cannot import them directly. We bundle lib/models/index.js with esbuild (keepNames,
 * so type names survive) and load it with a few DOM stand-ins that its module-level code
 * touches (a canvas context for color parsing and text metrics, stylesheet hooks).
 */
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { Model, type ModelClass } from "../../core/model.ts";
import { is_plain_object } from "../../core/kinds.ts";
import { concrete_classes } from "./test_helpers.ts";

interface BkProp { type: { toString(): string }; default_value: () => unknown; options?: { internal?: boolean } }
interface BkClass { prototype: { _props: Record<string, BkProp>; type: string } }
interface BkModel { type: string; properties: unknown }

const GLOBALS = ["document", "window", "devicePixelRatio", "getComputedStyle", "matchMedia", "requestAnimationFrame", "customElements", "OffscreenCanvas",
  "HTMLElement", "Element", "Node", "CSSStyleSheet", "DOMParser", "Image", "HTMLCanvasElement", "CanvasRenderingContext2D", "FontFace", "ResizeObserver",
  "SVGElement", "Path2D", "DOMMatrix", "MutationObserver", "ShadowRoot", "HTMLDivElement", "Text", "DocumentFragment", "CSSStyleDeclaration", "KeyboardEvent",
  "MouseEvent", "WheelEvent", "XMLHttpRequest", "WebGL2RenderingContext", "WebGLRenderingContext", "SVGSVGElement", "HTMLImageElement", "ImageData", "HTMLStyleElement", "Window"] as const;
const saved = new Map<string, PropertyDescriptor | undefined>();

function install_dom_stubs(): void {
  const g = globalThis as Record<string, unknown>;
  for (const k of GLOBALS) saved.set(k, Object.getOwnPropertyDescriptor(globalThis, k));
  const ctx: Record<string | symbol, unknown> = new Proxy({}, {
    get: (t: Record<string | symbol, unknown>, k) => (k in t ? t[k] : k === "then" ? undefined : () => ({})),
    set: (t: Record<string | symbol, unknown>, k, v) => ((t[k] = v), true),
  });
  const noop = (): void => {};
  const el = (): Record<string, unknown> => ({
    style: {}, append: noop, prepend: noop, remove: noop, addEventListener: noop, removeEventListener: noop, insertBefore: noop,
    replaceChildren: noop, removeChild: noop, appendChild: noop, setAttribute: noop, children: [], childNodes: [],
    querySelector: () => null, querySelectorAll: () => [], getContext: () => ctx, classList: { add: noop }, attachShadow: () => el(),
    sheet: { insertRule: noop, cssRules: [] },
  });
  const define = (k: string, v: unknown) => Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
  for (const k of GLOBALS) if (!(k in g)) define(k, { [k]: class { replaceSync(): void {} } }[k]);
  define("document", { createElement: el, createElementNS: el, createTextNode: () => ({}), head: el(), body: el(), documentElement: el(), addEventListener: noop, fonts: { add: noop, ready: Promise.resolve(), check: () => true }, adoptedStyleSheets: [] });
  define("window", globalThis);
  define("OffscreenCanvas", class { getContext() { return ctx; } });
  define("devicePixelRatio", 1);
  define("getComputedStyle", () => ({}));
  define("matchMedia", () => ({ matches: false, addEventListener: noop }));
  define("requestAnimationFrame", (f: () => void) => setTimeout(f, 0));
  define("customElements", { define: noop, get: noop });
}

function restore_globals(): void {
  for (const [k, d] of saved) {
    if (d === undefined) delete (globalThis as Record<string, unknown>)[k];
    else Object.defineProperty(globalThis, k, d);
  }
}

let bk: Record<string, BkClass>;
let dir: string;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const index = require.resolve("@bokeh/bokehjs/build/js/lib/models/index.js");
  const out = await build({ entryPoints: [index], bundle: true, keepNames: true, format: "esm", platform: "neutral", write: false, logLevel: "error", mainFields: ["module", "main"] });
  dir = mkdtempSync(join(tmpdir(), "dash-bokehjs-"));
  const file = join(dir, "bokehjs_models.mjs");
  writeFileSync(file, out.outputFiles[0]!.text);
  install_dom_stubs();
  bk = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, BkClass>;
}, 120_000);

afterAll(() => {
  restore_globals();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function is_bk_model(v: unknown): v is BkModel {
  return typeof v === "object" && v !== null && "properties" in v && typeof (v as BkModel).type === "string";
}

/** Comparable form: models by type name, maps/sets as entries, spec objects as plain objects. */
function norm(v: unknown): unknown {
  if (v instanceof Model) return `<${v.type}>`;
  if (is_bk_model(v)) return `<${v.type}>`;
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v as ArrayLike<unknown>, norm);
  if (v instanceof Map) return { map: [...v].map(([k, x]) => [norm(k), norm(x)]) };
  if (v instanceof Set) return { set: [...v].map(norm) };
  if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, norm(x)]));
  return v;
}

const is_spec_obj = (v: unknown) => is_plain_object(v) && ("value" in v || "field" in v || "expr" in v);

function our_default(cls: ModelClass, name: string): unknown {
  const def = cls.__props__.get(name)!.def;
  return def.factory ? (def.default as () => unknown)() : def.default;
}

describe("plot models mirror BokehJS 3.10", () => {
  it("loads BokehJS's models in Node", () => {
    expect(typeof bk.Range1d).toBe("function");
    expect(bk.Plot!.prototype._props.toolbar).toBeDefined();
  });

  for (const cls of concrete_classes) {
    it(`${cls.__name__}: every attribute exists in BokehJS with the same default`, () => {
      const bcls = bk[cls.__name__];
      expect(bcls, `BokehJS has no model ${cls.__name__}`).toBeDefined();
      const props = bcls!.prototype._props;
      const problems: string[] = [];
      for (const name of cls.__props__.keys()) {
        const bp = props[name];
        if (bp === undefined || bp.options?.internal) {
          problems.push(`${name}: not a BokehJS attribute`);
          continue;
        }
        const theirs = bp.default_value();
        if (theirs === undefined || typeof theirs === "symbol") continue; // unset in BokehJS: required, or computed by the client
        const ours = our_default(cls, name);
        const is_spec = cls.__props__.get(name)!.def.kind.name.endsWith("Spec");
        let t: unknown = theirs;
        if (is_spec && !is_spec_obj(t) && (t !== null || is_spec_obj(ours))) t = { value: t };
        if (!is_spec && is_spec_obj(t)) t = (t as { value: unknown }).value;
        const a = norm(ours), b = norm(t);
        if (JSON.stringify(a) !== JSON.stringify(b) && !(Number.isNaN(a) && Number.isNaN(b))) problems.push(`${name}: ours ${JSON.stringify(a)}, BokehJS ${JSON.stringify(b)}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
