// Image (scalar 2D arrays through a color mapper) and ImageRGBA (packed uint32 RGBA).
import { Sprite, Texture, type Graphics } from "pixi.js";
import type { Scale } from "../scale.ts";
import { resolve, data_length, spec_at, type Data, type Spec } from "../specs.ts";
import { attr, is_typed_array, type ModelSnap, type Resolver } from "../../../state/snapshot.ts";
import { shape_of as nd_shape } from "@dash/protocol";
import { parse_color } from "../../../format/color.ts";
import { image_indices } from "../color_mappers.ts";
import { GraphicsGlyph } from "./base.ts";
import type { GlyphDecl } from "./registry.ts";
import { XY, spec_extent, extend, type Extent } from "./extent.ts";

export interface Img { w: number; h: number; pixels: Uint8ClampedArray }

function shape_of(v: unknown): [number, number, ArrayLike<number>] | null {
  // typed array with a shape (from ndarray decode) or nested JS arrays [[row], ...]
  if (is_typed_array(v)) {
    const shape = nd_shape(v);
    return shape.length === 2 ? [shape[1]!, shape[0]!, v] : null;
  }
  if (Array.isArray(v) && Array.isArray(v[0])) {
    const h = v.length, w = (v[0] as unknown[]).length;
    const flat = new Float64Array(w * h);
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) flat[j * w + i] = Number((v[j] as unknown[])[i]);
    return [w, h, flat];
  }
  return null;
}

export class ImageView extends GraphicsGlyph {
  declare private s: Record<string, Spec>;
  declare private sprites: Sprite[];

  protected prepare(): void {
    this.s = {};
    for (const k of ["image", "x", "y", "dw", "dh"]) this.s[k] = this.spec(k);
    for (const sp of this.sprites ?? []) sp.destroy(true);
    this.sprites = [];
    for (let i = 0; i < this.n; i++) {
      const img = this.rasterize(spec_at(this.s["image"]!, i));
      if (img == null) { this.sprites.push(new Sprite()); continue; }
      const canvas = document.createElement("canvas");
      canvas.width = img.w; canvas.height = img.h;
      const ctx = canvas.getContext("2d")!;
      const data = ctx.createImageData(img.w, img.h);
      // image rows go bottom-up in data space; flip into canvas rows
      for (let row = 0; row < img.h; row++) data.data.set(img.pixels.subarray(row * img.w * 4, (row + 1) * img.w * 4), (img.h - 1 - row) * img.w * 4);
      ctx.putImageData(data, 0, 0);
      const tex = Texture.from(canvas);
      tex.source.scaleMode = "nearest";
      const sp = new Sprite(tex);
      // global_alpha is a NumberSpec ({value} or a field)
      const alpha = Number(spec_at(this.spec("global_alpha", false), i));
      sp.alpha = isFinite(alpha) ? alpha : 1;
      this.sprites.push(sp);
      this.container.addChild(sp);
    }
  }

  protected rasterize(v: unknown): Img | null {
    const shaped = shape_of(v);
    if (shaped == null) return null;
    const [w, h, values] = shaped;
    const pixels = new Uint8ClampedArray(w * h * 4);
    if (this.glyph.type === "ImageRGBA") {
      const u32 = values instanceof Uint32Array ? values : Uint32Array.from(values as ArrayLike<number>);
      pixels.set(new Uint8ClampedArray(u32.buffer, u32.byteOffset, w * h * 4));
      return { w, h, pixels };
    }
    const mapper = this.args.r.ref(this.glyph, "color_mapper");
    if (mapper == null) return null;
    const palette = (attr<unknown[]>(mapper, "palette") ?? []).map((c) => parse_color(c) ?? { rgb: 0, alpha: 0 });
    const nan = parse_color(attr(mapper, "nan_color")) ?? { rgb: 0, alpha: 0 };
    const low = parse_color(attr(mapper, "low_color")) ?? palette[0]!;
    const high = parse_color(attr(mapper, "high_color")) ?? palette[palette.length - 1]!;
    const { idx } = image_indices(mapper, values, palette.length);
    for (let i = 0; i < idx.length; i++) {
      const k = idx[i]!;
      const c = k >= 0 ? palette[k]! : k === -2 ? low : k === -3 ? high : nan;
      pixels[4 * i] = (c.rgb >> 16) & 255; pixels[4 * i + 1] = (c.rgb >> 8) & 255; pixels[4 * i + 2] = c.rgb & 255; pixels[4 * i + 3] = Math.round(c.alpha * 255);
    }
    return { w, h, pixels };
  }

  protected paint(_g: Graphics, xs: Scale, ys: Scale): void {
    for (let i = 0; i < this.sprites.length; i++) {
      const sp = this.sprites[i]!;
      const x = Number(spec_at(this.s["x"]!, i)), y = Number(spec_at(this.s["y"]!, i));
      const dw = Number(spec_at(this.s["dw"]!, i)), dh = Number(spec_at(this.s["dh"]!, i));
      const x0 = xs.compute(x), x1 = xs.compute(x + dw), y0 = ys.compute(y + dh), y1 = ys.compute(y);
      sp.position.set(Math.min(x0, x1), Math.min(y0, y1));
      sp.width = Math.abs(x1 - x0); sp.height = Math.abs(y1 - y0);
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
}

/** An image spans x..x+dw and y..y+dh. */
export function image_extent(glyph: ModelSnap, data: Data, r: Resolver, dim: 0 | 1): Extent {
  const e = spec_extent(XY, glyph, data, r, dim);
  const far = resolve(glyph, dim === 0 ? "dw" : "dh", data, r);
  const base = resolve(glyph, dim === 0 ? "x" : "y", data, r, true);
  for (let i = 0; i < Math.max(data_length(data), 1); i++) {
    const b = base.kind === "field" ? (base.values as ArrayLike<number>)[i] : base.value;
    const d = far.kind === "field" ? (far.values as ArrayLike<number>)[i] : far.value;
    if (typeof b === "number" && typeof d === "number") extend(e, b + d);
  }
  return e;
}

export const glyphs: readonly GlyphDecl[] = [
  { type: "Image", view: (a) => new ImageView(a), extent: image_extent, visuals: [] },
  { type: "ImageRGBA", view: (a) => new ImageView(a), extent: image_extent, visuals: [] },
];
