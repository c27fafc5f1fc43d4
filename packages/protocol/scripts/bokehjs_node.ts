/**
 * BokehJS 3.10's model classes in Node, for development-time tools and tests that read its
 * own metadata (property tables, kinds, defaults, the model registry).
 *
 * BokehJS's lib/*.js are ESM with extensionless imports in a package without "type": "module",
 * so Node cannot import them directly. We bundle an entry that registers what the bokeh,
 * bokeh-widgets and bokeh-tables bundles register (models, models/dom, widgets, tables,
 * document) with esbuild (keepNames, so type names survive) and load it with a few DOM
 * stand-ins that its module-level code touches (a canvas context for color parsing and text
 * metrics, stylesheet hooks). bokeh-gl registers no models.
 */
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export interface BkKind { toString(): string; [key: string]: unknown }
export interface BkPropDef { type: BkKind | (new (...args: never[]) => unknown); default_value: (() => unknown) | undefined; options?: { internal?: boolean } }
export interface BkClass {
  readonly name: string;
  readonly __name__: string;
  readonly __qualified__?: string;
  prototype: { _props: Record<string, BkPropDef>; type: string };
}
export interface BokehNode {
  /** Every registered model class by registry name (`Bokeh.Models._known_models`). */
  readonly models: Map<string, BkClass>;
  /** BokehJS's HasProps (the root of every class chain). */
  readonly HasProps: BkClass;
  /** BokehJS's core/kinds module (Kind classes under `Kinds`). */
  readonly kinds: Record<string, unknown>;
  /** BokehJS's core/properties module (spec property classes). */
  readonly properties: Record<string, unknown>;
  /** BokehJS's core/util/serialization Serializer, to write values as BokehJS does. */
  readonly Serializer: new (opts?: { references?: Map<unknown, unknown>; binary?: boolean; include_defaults?: boolean }) => { encode(v: unknown): unknown };
  /** Restore the globals the stand-ins replaced. */
  dispose(): void;
}

const GLOBALS = ["document", "window", "devicePixelRatio", "getComputedStyle", "matchMedia", "requestAnimationFrame", "customElements", "OffscreenCanvas",
  "HTMLElement", "Element", "Node", "CSSStyleSheet", "DOMParser", "Image", "HTMLCanvasElement", "CanvasRenderingContext2D", "FontFace", "ResizeObserver",
  "SVGElement", "Path2D", "DOMMatrix", "MutationObserver", "ShadowRoot", "HTMLDivElement", "Text", "DocumentFragment", "CSSStyleDeclaration", "KeyboardEvent",
  "MouseEvent", "WheelEvent", "XMLHttpRequest", "WebGL2RenderingContext", "WebGLRenderingContext", "SVGSVGElement", "HTMLImageElement", "ImageData", "HTMLStyleElement", "Window",
  "EventSource", "HTMLInputElement", "HTMLSelectElement", "HTMLTextAreaElement", "HTMLButtonElement", "HTMLAnchorElement", "HTMLDialogElement", "IntersectionObserver", "navigator"] as const;

function install_dom_stubs(): () => void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
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
  if (typeof (g.navigator as { userAgent?: unknown } | undefined)?.userAgent !== "string") define("navigator", { userAgent: "node", platform: "node", language: "en" });
  return () => {
    for (const [k, d] of saved) {
      if (d === undefined) delete g[k];
      else Object.defineProperty(globalThis, k, d);
    }
  };
}

export async function load_bokehjs(): Promise<BokehNode> {
  const require = createRequire(import.meta.url);
  const lib = join(dirname(require.resolve("@bokeh/bokehjs/package.json")), "build", "js", "lib");
  const q = (p: string) => JSON.stringify(join(lib, p));
  const entry = [
    `import { Models } from ${q("base.js")};`,
    `import ${q("models/main.js")};`,
    `import ${q("models/widgets/main.js")};`,
    `import ${q("models/widgets/tables/main.js")};`,
    `import ${q("document/index.js")};`,
    `export { HasProps } from ${q("core/has_props.js")};`,
    `export * as kinds from ${q("core/kinds.js")};`,
    `export * as properties from ${q("core/properties.js")};`,
    `export { Serializer } from ${q("core/serialization/serializer.js")};`,
    `export { Models };`,
  ].join("\n");
  const out = await build({ stdin: { contents: entry, resolveDir: lib, loader: "js" }, bundle: true, keepNames: true, format: "esm", platform: "neutral", write: false, logLevel: "error", mainFields: ["module", "main"] });
  const dir = mkdtempSync(join(tmpdir(), "dash-bokehjs-"));
  const file = join(dir, "bokehjs_models.mjs");
  writeFileSync(file, out.outputFiles[0]!.text);
  const restore = install_dom_stubs();
  try {
    const mod = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
    const resolver = mod.Models as { _known_models: Map<string, BkClass> };
    return {
      models: new Map(resolver._known_models),
      HasProps: mod.HasProps as BkClass,
      kinds: mod.kinds as Record<string, unknown>,
      properties: mod.properties as Record<string, unknown>,
      Serializer: mod.Serializer as BokehNode["Serializer"],
      dispose: restore,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
