// Legend: items (label value or field) with glyph icons, placed inside the frame.
import { Container, Graphics } from "pixi.js";
import { attr, is_plain_object, type ModelSnap, type Resolver } from "../../state/snapshot.ts";
import { parse_color } from "../../format/color.ts";
import { text_props, make_text, place_text } from "./text.ts";
import { source_data } from "./specs.ts";
import type { GlyphView } from "./glyphs/base.ts";
import type { FrameRect, Measure } from "./axis.ts";

export interface LegendEntry { label: string; renderers: ModelSnap[]; index: number | null }

/** Where an item of an interactive legend was drawn (CSS px), for clicks. */
export interface LegendHit { readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly policy: "hide" | "mute"; readonly renderers: readonly ModelSnap[] }

/** BokehJS LegendView: an item is inactive when one of its renderers is hidden (hide) or muted (mute). */
function is_active(policy: string, renderers: readonly ModelSnap[]): boolean {
  if (policy === "hide") return renderers.every((r) => attr<boolean>(r, "visible") !== false);
  if (policy === "mute") return renderers.every((r) => attr<boolean>(r, "muted") !== true);
  return true;
}

export function legend_entries(legend: ModelSnap, r: Resolver): LegendEntry[] {
  const out: LegendEntry[] = [];
  for (const item of r.refs(legend, "items")) {
    if (attr<boolean>(item, "visible") === false) continue;
    const renderers = r.refs(item, "renderers");
    const label = attr<unknown>(item, "label");
    const index = attr<number | null>(item, "index");
    if (is_plain_object(label) && typeof label["field"] === "string") {
      const field = label["field"];
      const src = renderers[0] != null ? r.ref(renderers[0], "data_source") : null;
      const col = source_data(src)[field] as ArrayLike<unknown> | undefined;
      const seen = new Set<string>();
      for (let i = 0; col != null && i < col.length; i++) {
        const v = String(col[i]);
        if (seen.has(v)) continue;
        seen.add(v);
        out.push({ label: v, renderers, index: i });
      }
    } else {
      const text = is_plain_object(label) ? String(label["value"] ?? "") : typeof label === "string" ? label : "";
      out.push({ label: text, renderers, index });
    }
  }
  return out;
}

export function draw_legend(c: Container, legend: ModelSnap, r: Resolver, views: ReadonlyMap<string, GlyphView>, frame: FrameRect, resolution: number, measure: Measure): LegendHit[] {
  const hits: LegendHit[] = [];
  if (attr<boolean>(legend, "visible") === false) return hits;
  const entries = legend_entries(legend, r);
  if (entries.length === 0) return hits;
  const policy = attr<string>(legend, "click_policy") ?? "none";
  const tp = text_props(legend, "label_");
  const gw = attr<number>(legend, "glyph_width"), gh = attr<number>(legend, "glyph_height");
  const standoff = attr<number>(legend, "label_standoff"), padding = attr<number>(legend, "padding");
  const spacing = attr<number>(legend, "spacing"), margin = attr<number>(legend, "margin");
  const label_w = Math.max(attr<number>(legend, "label_width"), ...entries.map((e) => measure(e.label, tp).width));
  const item_h = Math.max(gh, measure("Xg", tp).height);
  const item_w = gw + standoff + label_w;
  const horizontal = attr<string>(legend, "orientation") === "horizontal";
  // whole pixels, so the 1 px border lands on pixels instead of fading into two half-covered ones
  const w = Math.ceil(horizontal ? entries.length * item_w + (entries.length - 1) * spacing * 3 + 2 * padding : item_w + 2 * padding);
  const h = Math.ceil(horizontal ? item_h + 2 * padding : entries.length * item_h + (entries.length - 1) * spacing + 2 * padding);
  const loc = attr<unknown>(legend, "location");
  let x = frame.x + frame.w - w - margin, y = frame.y + margin;
  if (Array.isArray(loc)) { x = frame.x + Number(loc[0]); y = frame.y + frame.h - Number(loc[1]) - h; }
  else if (typeof loc === "string") {
    const [v, hz] = loc.includes("_") ? loc.split("_") as [string, string] : loc === "center" ? ["center", "center"] : ["top_left", "top_right"].includes(loc) ? ["top", "right"] : loc === "left" || loc === "right" ? ["center", loc] : [loc, "center"];
    if (hz === "left") x = frame.x + margin; else if (hz === "center") x = frame.x + (frame.w - w) / 2;
    if (v === "bottom") y = frame.y + frame.h - h - margin; else if (v === "center") y = frame.y + (frame.h - h) / 2;
  }
  x = Math.round(x); y = Math.round(y);
  const g = new Graphics();
  g.rect(x, y, w, h);
  const bg = parse_color(attr(legend, "background_fill_color"));
  if (bg != null) g.fill({ color: bg.rgb, alpha: bg.alpha * attr<number>(legend, "background_fill_alpha") });
  const bc = parse_color(attr(legend, "border_line_color"));
  if (bc != null) g.stroke({ color: bc.rgb, alpha: bc.alpha * attr<number>(legend, "border_line_alpha"), width: attr<number>(legend, "border_line_width"), alignment: 1 });
  c.addChild(g);
  const icons = new Graphics();
  c.addChild(icons);
  const inactive: Array<[number, number, number, number]> = [];
  entries.forEach((e, i) => {
    const ex = horizontal ? x + padding + i * (item_w + spacing * 3) : x + padding;
    const ey = horizontal ? y + padding : y + padding + i * (item_h + spacing);
    for (const rend of e.renderers) views.get(rend.id)?.draw_legend(icons, ex, ey, ex + gw, ey + gh, e.index);
    const t = make_text(e.label, tp, resolution);
    place_text(t, ex + gw + standoff, ey + item_h / 2, "left", "middle");
    c.addChild(t);
    if (policy === "hide" || policy === "mute") hits.push({ x: ex, y: ey, w: item_w, h: item_h, policy, renderers: e.renderers });
    if (!is_active(policy, e.renderers)) inactive.push([ex, ey, item_w, item_h]);
  });
  if (inactive.length > 0) {
    // drawn over the items, as BokehJS greys out the hidden or muted ones
    const ic = parse_color(attr(legend, "inactive_fill_color"));
    const veil = new Graphics();
    for (const [ix, iy, iw, ih] of inactive) veil.rect(ix, iy, iw, ih);
    if (ic != null) veil.fill({ color: ic.rgb, alpha: ic.alpha * (attr<number>(legend, "inactive_fill_alpha") ?? 0.7) });
    c.addChild(veil);
  }
  return hits;
}
