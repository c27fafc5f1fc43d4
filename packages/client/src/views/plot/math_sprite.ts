// Math labels on the pixi side: a formula's SVG (math_text.ts) decoded into a texture, shown as a sprite.
import { ImageSource, Sprite, Texture } from "pixi.js";
import { notify, render, type MathFont, type MathSource, type Rendered } from "./math_text.ts";

function decode(r: Rendered, resolution: number): void {
  if (r.decoding || typeof Image === "undefined") return;
  r.decoding = true;
  const w = Math.max(1, Math.ceil(r.width * resolution)), h = Math.max(1, Math.ceil(r.height * resolution));
  const svg = r.svg.replace(/width="[\d.]+ex"/, `width="${w}px"`).replace(/height="[\d.]+ex"/, `height="${h}px"`);
  const img = new Image(w, h);
  img.onload = () => {
    r.image = new Texture({ source: new ImageSource({ resource: img, resolution }) });
    notify();
  };
  img.onerror = () => console.error("[dash] a math label's image did not decode");
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

/** A sprite showing the math (empty until the chunk and the formula's image are ready). */
export function math_sprite(src: MathSource, f: MathFont, resolution: number): Sprite {
  const r = render(src, f);
  if (r == null) return new Sprite(Texture.EMPTY);
  if (!(r.image instanceof Texture)) { decode(r, resolution); return new Sprite(Texture.EMPTY); }
  const s = new Sprite(r.image);
  s.width = r.width;
  s.height = r.height;
  s.label = "math";
  return s;
}
