// Interfaces between a plot and its tools.
import type { Graphics } from "pixi.js";
import type { ModelSnap } from "../../state/snapshot.ts";
import type { Scale } from "./scale.ts";
import type { Rect } from "./layout.ts";
import type { GlyphView } from "./glyphs/base.ts";
import type { PlotHost, RenderOptions, UIEvent, ViewContext } from "../view.ts";
export type { PlotHost, RenderOptions, UIEvent, ViewContext };

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
  /** Persistent tool drawings (RangeTool's box), redrawn by the toolbar after every layout. */
  readonly tool_layer: Graphics;
  frame(): Rect;
  x_scale(): Scale;
  y_scale(): Scale;
  /** Set the default x/y ranges to the data-space span under screen intervals. */
  set_screen_ranges(x: [number, number] | null, y: [number, number] | null): void;
  reset(): void;
  hit(sx: number, sy: number): HitResult[];
  hit_poly(poly: ReadonlyArray<readonly [number, number]>): HitResult[];
  /** Items crossed by the vertical (dim 0, screen x = s) or horizontal (dim 1) line across the frame. */
  hit_span(dim: 0 | 1, s: number): HitResult[];
  select(results: HitResult[], append: boolean): void;
  /** What the hover tool is over (renderers with a hover_glyph draw those rows with it; [] clears). */
  set_inspected(hits: readonly HitResult[]): void;
  emit(event: UIEvent): void;
  /** A click on a legend item of an interactive legend (click_policy hide/mute): toggles it; false when not on one. */
  legend_click(sx: number, sy: number): boolean;
  request_render(): void;
  to_png(): Promise<Blob | null>;
  /** A user edit of one attribute (edit tools write `data` of their sources). */
  set_attr(model_id: string, attr: string, value: unknown): void;
  set_selection(source_id: string, indices: number[]): void;
  /** A range this plot may not draw (RangeTool's linked ranges). */
  set_range(range_id: string, start: number, end: number): void;
  /** The ranges as drawn now, by range model id (UndoTool/RedoTool). */
  range_values(): Map<string, { start: number; end: number }>;
  /** Move ranges of this plot back to these values (UndoTool/RedoTool). */
  restore_ranges(values: ReadonlyMap<string, { start: number; end: number }>): void;
}
