// ImageURL: images loaded by URL (the page's CSP allows 'self', data: and blob: images), placed at
// x, y by their anchor, w/h in data units (or the image's own size in screen px when null), rotated
// about their centre by angle, at global_alpha. As BokehJS: a broken or pending image draws nothing.
import { Sprite, Texture, type Graphics } from "pixi.js";
import { attr, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import type { Scale } from "../scale.ts";
import { resolve, data_length, spec_at, type Data, type Spec } from "../specs.ts";
import { GraphicsGlyph, type GlyphArgs } from "./base.ts";
import type { GlyphDecl } from "./registry.ts";
import { empty_extent, extend, type Extent } from "./extent.ts";

const ANCHORS: Readonly<Record<string, readonly [number, number]>> = {
  top_left: [0, 0], top_center: [0.5, 0], top_right: [1, 0],
  center_left: [0, 0.5], center_center: [0.5, 0.5], center_right: [1, 0.5],
  bottom_left: [0, 1], bottom_center: [0.5, 1], bottom_right: [1, 1],
  top: [0.5, 0], left: [0, 0.5], center: [0.5, 0.5], right: [1, 0.5], bottom: [0.5, 1],
};

/** Fraction of the image's width and height left of / above the anchor point (BokehJS resolve.anchor). */
export function anchor_of(v: unknown): readonly [number, number] {
  return (typeof v === "string" ? ANCHORS[v] : undefined) ?? [0, 0];
}

/** Loaded images by URL, shared by every ImageURL view of the page (a re-render does not refetch). */
const loaded = new Map<string, Promise<HTMLImageElement | null>>();

function load(url: string): Promise<HTMLImageElement | null> {
  let p = loaded.get(url);
  if (p == null) {
    p = new Promise((done) => {
      const img = new Image();
      img.onload = () => done(img.naturalWidth === 0 && img.naturalHeight === 0 ? null : img);
      img.onerror = () => { loaded.delete(url); done(null); };
      img.src = url;
    });
    loaded.set(url, p);
  }
  return p;
}

export class ImageURLView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;
  declare private sprites: Array<Sprite | null>;
  declare private generation: number;

  protected prepare(): void {
    this.s = {};
    for (const k of ["x", "y", "url", "w", "h", "angle", "global_alpha"]) this.s[k] = this.spec(k, k === "x" || k === "y" || k === "url");
    for (const sp of this.sprites ?? []) sp?.destroy();
    this.sprites = new Array<Sprite | null>(this.n).fill(null);
    const gen = this.generation = (this.generation ?? 0) + 1;
    for (let i = 0; i < this.n; i++) {
      const url = spec_at(this.s["url"]!, i);
      if (typeof url !== "string" || url === "") continue;
      void load(url).then((img) => {
        if (img == null || gen !== this.generation || this.container.destroyed) return;
        const sp = new Sprite(Texture.from(img));
        this.sprites[i] = sp;
        this.container.addChild(sp);
        this.repaint();
        this.args.request_render?.();
      });
    }
  }

  private num(name: string, i: number): number {
    const v = spec_at(this.s[name]!, i);
    return typeof v === "number" ? v : NaN;
  }

  protected paint(_g: Graphics, xs: Scale, ys: Scale): void {
    const [ax, ay] = anchor_of(attr<unknown>(this.glyph, "anchor"));
    const screen_w = attr<string>(this.glyph, "w_units") === "screen", screen_h = attr<string>(this.glyph, "h_units") === "screen";
    for (let i = 0; i < this.sprites.length; i++) {
      const sp = this.sprites[i];
      if (sp == null) continue;
      const sx = xs.compute(spec_at(this.s["x"]!, i)), sy = ys.compute(spec_at(this.s["y"]!, i));
      const w = this.num("w", i), h = this.num("h", i);
      let sw = screen_w ? w : Math.abs(w * xs.a), sh = screen_h ? h : Math.abs(h * ys.a);
      if (!isFinite(sw)) sw = sp.texture.width;
      if (!isFinite(sh)) sh = sp.texture.height;
      const angle = this.num("angle", i) || 0, alpha = this.num("global_alpha", i);
      sp.visible = isFinite(sx) && isFinite(sy) && isFinite(alpha);
      // rotation about the image's centre, as BokehJS's canvas rotate (clockwise on screen)
      sp.anchor.set(0.5, 0.5);
      sp.width = sw; sp.height = sh;
      sp.position.set(sx - ax * sw + sw / 2, sy - ay * sh + sh / 2);
      sp.rotation = angle;
      sp.alpha = isFinite(alpha) ? alpha : 1;
    }
  }

  /** Sprites are not in the Graphics a pan translates: place them again every time. */
  override update_view(xs: Scale, ys: Scale): void {
    this.ensure();
    this.xs = xs; this.ys = ys;
    this.repaint();
  }

  anchor(i: number): [number, number] | null {
    if (this.xs == null || this.ys == null) return null;
    return [this.xs.compute(spec_at(this.s["x"]!, i)), this.ys.compute(spec_at(this.s["y"]!, i))];
  }

  /** BokehJS indexes ImageURL as empty: it is never hit. */
  override hit_point(): number[] { return []; }
  override hit_poly(): number[] { return []; }

  override destroy(): void {
    this.generation++;
    super.destroy();
  }
}

/** The data-unit box of each image (its x, y, w, h from the anchor), as BokehJS ImageURL._set_data. */
function image_url_extent(glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const e = empty_extent();
  const [ax, ay] = anchor_of(attr<unknown>(glyph, "anchor"));
  const c = resolve(glyph, dim === 0 ? "x" : "y", data, r, true), d = resolve(glyph, dim === 0 ? "w" : "h", data, r);
  const screen = attr<string>(glyph, dim === 0 ? "w_units" : "h_units") === "screen";
  for (let i = 0; i < Math.max(data_length(data), 1); i++) {
    const v = Number(spec_at(c, i)), size = Number(spec_at(d, i) ?? 0);
    extend(e, v);
    if (!screen && isFinite(size) && size !== 0) {
      const start = dim === 0 ? v - ax * size : v + ay * size;
      extend(e, start); extend(e, dim === 0 ? start + size : start - size);
    }
  }
  return e;
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "ImageURL", view: (a: GlyphArgs) => new ImageURLView(a), extent: image_url_extent, visuals: [] },
];
