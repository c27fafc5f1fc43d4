// Bokeh color values -> (0xRRGGBB, alpha). Bokeh accepts CSS strings (names, #rgb, #rrggbb,
// #rrggbbaa, rgb(), rgba(), hsl()), RGB(A) tuples with 0-255 channels and 0-1 alpha, and
// uint32 numbers 0xRRGGBBAA.
import { NAMED_COLORS } from "./named_colors.ts";

export interface RGBA { readonly rgb: number; readonly alpha: number }

const cache = new Map<string, RGBA | null>();

export function parse_color(v: unknown): RGBA | null {
  if (v == null) return null;
  if (typeof v === "number") {
    return { rgb: (v >>> 8) & 0xffffff, alpha: (v & 0xff) / 255 };
  }
  if (Array.isArray(v) && v.length >= 3) {
    const [r, g, b, a] = v as number[];
    return { rgb: ((r! & 255) << 16) | ((g! & 255) << 8) | (b! & 255), alpha: a ?? 1 };
  }
  if (typeof v !== "string") return null;
  const hit = cache.get(v);
  if (hit !== undefined) return hit;
  let out: RGBA | null;
  const s = v.trim().toLowerCase();
  if (s === "" || s === "none") out = null;
  else if (s === "transparent") out = { rgb: 0, alpha: 0 };
  else {
    out = parse_css(s);
  }
  if (cache.size > 10000) cache.clear();
  cache.set(v, out);
  return out;
}

export function css_color(v: unknown, alpha = 1): string | null {
  const c = parse_color(v);
  if (c == null) return null;
  const a = c.alpha * alpha;
  return `rgba(${(c.rgb >> 16) & 255},${(c.rgb >> 8) & 255},${c.rgb & 255},${a})`;
}

function parse_css(s: string): RGBA | null {
  const named = NAMED_COLORS[s];
  if (named !== undefined) return { rgb: named, alpha: 1 };
  if (s.startsWith("#")) {
    let h = s.slice(1);
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join("");
    if (!/^[0-9a-f]+$/.test(h) || (h.length !== 6 && h.length !== 8)) return null;
    const rgb = parseInt(h.slice(0, 6), 16);
    return { rgb, alpha: h.length === 8 ? parseInt(h.slice(6), 16) / 255 : 1 };
  }
  const m = /^(rgba?|hsla?)\(([^)]*)\)$/.exec(s);
  if (m == null) return null;
  const parts = m[2]!.split(/[\s,/]+/).filter((p) => p !== "");
  const val = (p: string, scale: number) => (p.endsWith("%") ? (parseFloat(p) / 100) * scale : parseFloat(p));
  const alpha = parts[3] != null ? val(parts[3], 1) : 1;
  if (m[1]!.startsWith("rgb")) {
    const [r, g, b] = [0, 1, 2].map((i) => Math.round(Math.min(255, Math.max(0, val(parts[i] ?? "0", 255)))));
    return { rgb: (r! << 16) | (g! << 8) | b!, alpha };
  }
  const h = ((parseFloat(parts[0] ?? "0") % 360) + 360) % 360 / 360;
  const sat = val(parts[1] ?? "0", 1), l = val(parts[2] ?? "0", 1);
  const q = l < 0.5 ? l * (1 + sat) : l + sat - l * sat, p = 2 * l - q;
  const hue = (t: number) => {
    t = (t + 1) % 1;
    const v = t < 1 / 6 ? p + (q - p) * 6 * t : t < 1 / 2 ? q : t < 2 / 3 ? p + (q - p) * (2 / 3 - t) * 6 : p;
    return Math.round(v * 255);
  };
  return { rgb: (hue(h + 1 / 3) << 16) | (hue(h) << 8) | hue(h - 1 / 3), alpha };
}
