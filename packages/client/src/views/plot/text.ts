// Text helpers: Bokeh text props -> crisp pixi Text (rendered at the device pixel ratio).
import { Text, type Sprite, type TextStyleFontStyle, type TextStyleFontWeight } from "pixi.js";
import { attr, type ModelSnap } from "../../state/snapshot.ts";
import { parse_color } from "../../format/color.ts";
import { parse_math } from "./math_text.ts";
import { math_sprite } from "./math_sprite.ts";

export interface TextProps {
  font: string;
  size: number;
  style: string;
  color: number;
  alpha: number;
  align: string;
  baseline: string;
}

export function font_px(v: unknown, fallback = 13): number {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return fallback;
  const m = /^([\d.]+)\s*(px|pt|em|rem)?$/.exec(v.trim());
  if (m == null) return fallback;
  const n = parseFloat(m[1]!);
  switch (m[2]) {
    case "pt": return n * (4 / 3);
    case "em": case "rem": return n * 16;
    default: return n;
  }
}

/** Read `${prefix}text_*` props of a model (prefix e.g. "major_label_", "axis_label_", ""). */
export function text_props(m: ModelSnap, prefix: string): TextProps {
  const color = parse_color(attr(m, `${prefix}text_color`));
  const alpha = attr<number>(m, `${prefix}text_alpha`) ?? 1;
  return {
    font: attr<string>(m, `${prefix}text_font`) ?? "helvetica",
    size: font_px(attr(m, `${prefix}text_font_size`)),
    style: attr<string>(m, `${prefix}text_font_style`) ?? "normal",
    color: color?.rgb ?? 0x444444,
    alpha: (color?.alpha ?? 1) * (typeof alpha === "number" ? alpha : 1),
    align: attr<string>(m, `${prefix}text_align`) ?? "left",
    baseline: attr<string>(m, `${prefix}text_baseline`) ?? "bottom",
  };
}

const FAMILY: Record<string, string> = { helvetica: "Helvetica, Arial, 'Liberation Sans', sans-serif", times: "'Times New Roman', serif", courier: "'Courier New', monospace" };

/** A label: pixi Text, or for math text (TeX/MathML, see math_text.ts) a sprite of its rendered image. */
export function make_text(s: string, p: TextProps, resolution: number): Text | Sprite {
  const math = parse_math(s);
  if (math != null) {
    const m = math_sprite(math, p, resolution);
    m.alpha = p.alpha;
    return m;
  }
  const fontStyle: TextStyleFontStyle = p.style.includes("italic") ? "italic" : "normal";
  const fontWeight: TextStyleFontWeight = p.style.includes("bold") ? "bold" : "normal";
  const t = new Text({
    text: s,
    style: { fontFamily: FAMILY[p.font] ?? p.font, fontSize: p.size, fontStyle, fontWeight, fill: p.color },
    resolution,
  });
  t.alpha = p.alpha;
  return t;
}

/** Anchor a text by Bokeh's align/baseline at (x, y). */
export function place_text(t: Text | Sprite, x: number, y: number, align: string, baseline: string, angle = 0): void {
  const ax = align === "center" ? 0.5 : align === "right" || align === "end" ? 1 : 0;
  const ay = baseline === "middle" ? 0.5 : baseline === "top" || baseline === "hanging" ? 0 : baseline === "bottom" || baseline === "ideographic" ? 1 : 0.8;
  t.anchor.set(ax, ay);
  t.position.set(Math.round(x), Math.round(y));
  t.rotation = -angle;
}
