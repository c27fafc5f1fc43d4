// Scatter on the canvas backend: markers painted with the 2D canvas API (marker_paint.ts) during
// pixi's canvas render.
import { RenderContainer, type Container, type Renderer } from "pixi.js";
import type { Frame, MarkerContext } from "./marker_paint.ts";

/**
 * Markers drawn by pixi's canvas renderer as one custom renderable. A frame whose markers changed
 * (stream, pan, zoom) paints them straight into the plot's canvas, clipped to the frame, so the
 * browser rasterises them when it presents the canvas (as BokehJS's canvas does) rather than
 * inside a script call; a frame repeating the last picture (hover, selection overlays) draws a
 * cached offscreen copy, painted once, reused and resized only when the frame's size changes.
 */
export class MarkerLayer {
  private readonly view: RenderContainer;
  /** What to show: key, frame, resolution and the painter of that picture. */
  private key: string | null = null;
  private frame: Frame = { x: 0, y: 0, w: 1, h: 1 };
  private res = 1;
  private paint: ((ctx: MarkerContext) => void) | null = null;
  /** The picture painted straight into the plot canvas by the last render, and the cached one. */
  private direct: string | null = null;
  private cached: string | null = null;
  private cache: HTMLCanvasElement | null = null;

  constructor(container: Container) {
    this.view = new RenderContainer({ render: (r) => this.render(r) });
    container.addChild(this.view);
  }

  /** The picture to show from the next render on: markers painted by `paint` inside `f` (CSS px). */
  show(key: string, f: Frame, res: number, paint: (ctx: MarkerContext) => void): void {
    this.key = key; this.frame = f; this.res = res; this.paint = paint;
  }

  private render(renderer: Renderer): void {
    const paint = this.paint;
    if (paint == null || this.key == null || !("canvasContext" in renderer)) return;
    const cs = renderer.canvasContext, ctx: MarkerContext & Pick<CanvasRenderingContext2D, "rect" | "clip" | "globalAlpha" | "drawImage"> = cs.activeContext;
    const alpha = ((this.view.groupColorAlpha >>> 24) & 255) / 255;
    const f = this.frame;
    ctx.save();
    cs.setContextTransform(this.view.groupTransform, false);
    cs.setBlendMode(this.view.groupBlendMode);
    ctx.beginPath();
    ctx.rect(f.x, f.y, f.w, f.h);
    ctx.clip();
    if (this.cached === this.key || this.direct === this.key || alpha < 1) {
      // the same picture again (or a translucent layer, composited as a whole): the offscreen copy
      const cv = this.cache ??= document.createElement("canvas");
      if (this.cached !== this.key) { fill_cache(cv, f, this.res, paint); this.cached = this.key; }
      ctx.globalAlpha = alpha;
      ctx.drawImage(cv, f.x, f.y, cv.width / this.res, cv.height / this.res);
    } else {
      paint(ctx);
      this.direct = this.key;
    }
    ctx.restore();
  }

  destroy(): void {
    this.cache = null;
    this.paint = null;
  }
}

/** Paint into an offscreen canvas covering `f` at `res` (reallocated only when its size changes). */
function fill_cache(cv: HTMLCanvasElement, f: Frame, res: number, paint: (ctx: MarkerContext) => void): void {
  const pw = Math.ceil(f.w * res), ph = Math.ceil(f.h * res);
  if (cv.width !== pw || cv.height !== ph) { cv.width = pw; cv.height = ph; }
  const ctx = cv.getContext("2d")!;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pw, ph);
  ctx.setTransform(res, 0, 0, res, -f.x * res, -f.y * res);
  ctx.save();
  paint(ctx);
  ctx.restore();
}
