/**
 * Math text in plots (axis labels, titles, labels, legends), as BokehJS draws it: TeX (a TeX
 * model, or `$$...$$`, `\[...\]`, `\(...\)` inside a string, other text set as \text{}) and
 * MathML (a MathML model, or a string starting with `<math`) rendered by MathJax to SVG and
 * drawn as an image, sized in ex of the label's font.
 *
 * MathJax is a separate chunk (dist/dash-math.js, src/math/entry.ts) loaded beside the client
 * bundle the first time a document shows math: a label drawn before it arrives is empty, and
 * every plot lays out and draws again once it has (`on_math_ready`). The pixi side (the formula's
 * texture and sprite) is math_sprite.ts.
 */
import type { MathApi } from "../../format/math_api.ts";
import { attr, type ModelSnap } from "../../state/snapshot.ts";

export interface MathSource { readonly kind: "tex" | "mathml"; readonly text: string }
/** The font a math label takes its size and colour from (a subset of text.ts's TextProps). */
export interface MathFont { readonly font: string; readonly size: number; readonly style: string; readonly color: number }

const DELIMITED = /\$\$([\s\S]+?)\$\$|\\\[([\s\S]+?)\\\]|\\\(([\s\S]+?)\\\)/g;

const text_tex = (s: string): string => `\\text{${s.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c}`)}}`;

/** The math in a label string, or null for plain text. */
export function parse_math(s: string): MathSource | null {
  if (s.trimStart().startsWith("<math")) return { kind: "mathml", text: s.trim() };
  if (!s.includes("$$") && !s.includes("\\[") && !s.includes("\\(")) return null;
  let out = "", last = 0, found = false;
  for (const m of s.matchAll(DELIMITED)) {
    found = true;
    if (m.index > last) out += text_tex(s.slice(last, m.index));
    out += m[1] ?? m[2] ?? m[3] ?? "";
    last = m.index + m[0].length;
  }
  if (!found) return null;
  if (last < s.length) out += text_tex(s.slice(last));
  return { kind: "tex", text: out };
}

/** A label attribute's value as text: a string as is, a TeX or MathML model as delimited math. */
export function label_text(v: unknown, deref: (v: unknown) => ModelSnap | null): string | null {
  if (typeof v === "string") return v === "" ? null : v;
  const m = deref(v);
  if (m == null) return null;
  const text = attr<string>(m, "text") ?? "";
  if (m.type === "TeX") return `$$${text}$$`;
  if (m.type === "MathML") return text.trimStart().startsWith("<math") ? text : `<math>${text}</math>`;
  return text === "" ? null : text;
}

// ---------------------------------------------------------------- loading the chunk

let api: MathApi | null = null;
let loading = false;
const listeners = new Set<() => void>();

// the bundle's own URL, while its script runs (the math chunk sits beside it)
const BUNDLE_SRC: string | null = typeof document !== "undefined" ? (document.currentScript as HTMLScriptElement | null)?.src ?? null : null;

/** Where the math chunk is served: beside the client bundle. */
export function math_chunk_url(bundle_src: string | null = BUNDLE_SRC): string {
  if (bundle_src == null) return "/static/dash-math.js";
  return bundle_src.replace(/dash-client\.js(\?.*)?$/, "dash-math.js$1");
}

function load(): void {
  if (loading || typeof document === "undefined") return;
  loading = true;
  const script = document.createElement("script");
  script.src = math_chunk_url();
  script.async = true;
  script.onload = () => {
    api = (globalThis as { DashMath?: MathApi }).DashMath ?? null;
    if (api == null) console.error("[dash] the math chunk loaded without DashMath");
    notify();
  };
  script.onerror = () => console.error(`[dash] math text needs ${script.src}, which did not load`);
  document.head.appendChild(script);
}

/** Tell every plot that math became drawable. */
export function notify(): void {
  for (const cb of [...listeners]) cb();
}

/** Call `cb` whenever math became drawable (the chunk arrived, a formula's image decoded); returns the unsubscribe. */
export function on_math_ready(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

// ---------------------------------------------------------------- rendering

/** A formula rendered for one font: its SVG and size; `image` is set by math_sprite.ts once decoded (a pixi Texture). */
export interface Rendered {
  readonly svg: string;
  /** CSS px */
  readonly width: number;
  readonly height: number;
  image: unknown;
  decoding: boolean;
}

const rendered = new Map<string, Rendered>();

const FAMILY: Record<string, string> = { helvetica: "Helvetica, Arial, 'Liberation Sans', sans-serif", times: "'Times New Roman', serif", courier: "'Courier New', monospace" };

const x_heights = new Map<string, number>();
/** The font's x-height in px: the size of MathJax's ex, as BokehJS's font_metrics gives it. */
function x_height(f: MathFont): number {
  const css = `${f.style.includes("italic") ? "italic " : ""}${f.style.includes("bold") ? "bold " : ""}${f.size}px ${FAMILY[f.font] ?? f.font}`;
  let h = x_heights.get(css);
  if (h === undefined) {
    const ctx = typeof document !== "undefined" ? document.createElement("canvas").getContext("2d") : null;
    if (ctx != null) { ctx.font = css; h = ctx.measureText("x").actualBoundingBoxAscent; }
    if (h === undefined || !(h > 0)) h = f.size * 0.52;
    x_heights.set(css, h);
  }
  return h;
}

const ex_of = (svg: string, name: string): number => {
  const m = new RegExp(`${name}="([\\d.]+)ex"`).exec(svg);
  return m == null ? 0 : parseFloat(m[1]!);
};

/** The formula rendered for this font (null, and the chunk requested, until MathJax is loaded). */
export function render(src: MathSource, f: MathFont): Rendered | null {
  if (api == null) { load(); return null; }
  const color = `#${f.color.toString(16).padStart(6, "0")}`;
  const key = `${src.kind}|${f.font}|${f.size}|${f.style}|${color}|${src.text}`;
  let r = rendered.get(key);
  if (r === undefined) {
    let svg: string;
    try {
      svg = src.kind === "tex" ? api.tex2svg(src.text) : api.mathml2svg(src.text);
    } catch (e) {
      console.error(`[dash] math text '${src.text}' failed:`, e);
      svg = api.tex2svg(text_tex(src.text));
    }
    const ex = x_height(f);
    const width = ex_of(svg, "width") * ex, height = ex_of(svg, "height") * ex;
    svg = svg.replace(/currentColor/g, color);
    if (rendered.size > 500) rendered.clear();
    rendered.set(key, (r = { svg, width, height, image: null, decoding: false }));
  }
  return r;
}

/** Width and height (CSS px) of a math label; 0×0 until the math chunk is loaded. */
export function math_size(src: MathSource, f: MathFont): { width: number; height: number } {
  const r = render(src, f);
  return r == null ? { width: 0, height: 0 } : { width: r.width, height: r.height };
}

/** The math text models labels draw (through the lazily loaded math chunk). */
export function math_types(): string[] {
  return ["TeX", "MathML"];
}
