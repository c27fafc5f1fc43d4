// Interfaces between the renderer and the document layer.
import type { Graphics } from "pixi.js";
import type { ModelSnap } from "./snapshot.ts";
import type { Scale } from "./scale.ts";
import type { Rect } from "./layout.ts";
import type { GlyphView } from "./glyphs/base.ts";

export interface UIEvent { readonly event_name: string; readonly [key: string]: unknown }

/** What plots send back to the document (and from there to the server). */
export interface PlotHost {
  /**
   * A tool moved a range. Calls are coalesced to one per range per animation frame.
   * `null` start/end (ResetTool on a DataRange1d that was auto-ranging) means "back to auto".
   */
  set_range(range_id: string, start: number | null, end: number | null): void;
  set_selection(source_id: string, indices: number[]): void;
  emit_event(model_id: string, event: UIEvent): void;
  /** A user change of one attribute (widget input, a legend click hiding a renderer). */
  set_attr(model_id: string, attr: string, value: unknown): void;
}

/** Everything widgets and layouts need: plots' host plus render options. */
export interface ViewContext extends PlotHost {
  readonly options: RenderOptions;
}

export interface RenderOptions {
  /** "canvas" forces pixi's canvas renderer; default WebGL with canvas fallback. */
  readonly renderer?: "webgl" | "canvas";
  readonly resolution?: number;
}

export interface HitResult {
  readonly renderer: ModelSnap;
  readonly source: ModelSnap | null;
  readonly view: GlyphView;
  /** Rows of `source` (a renderer with a CDSView filter draws only some of them). */
  readonly indices: number[];
  /** Screen anchor of a row of `source` (hover snapping). */
  anchor(i: number): [number, number] | null;
}

/** The plot as tools see it. Screen coordinates are CSS px relative to the pixi canvas. */
export interface ToolTarget {
  readonly plot: ModelSnap;
  readonly canvas_el: HTMLElement;
  readonly overlay: Graphics;
  frame(): Rect;
  x_scale(): Scale;
  y_scale(): Scale;
  /** Set the default x/y ranges to the data-space span under screen intervals. */
  set_screen_ranges(x: [number, number] | null, y: [number, number] | null): void;
  reset(): void;
  hit(sx: number, sy: number): HitResult[];
  hit_poly(poly: ReadonlyArray<readonly [number, number]>): HitResult[];
  select(results: HitResult[], append: boolean): void;
  emit(event: UIEvent): void;
  /** A click on a legend item of an interactive legend (click_policy hide/mute): toggles it; false when not on one. */
  legend_click(sx: number, sy: number): boolean;
  request_render(): void;
  to_png(): Promise<Blob | null>;
}
