// DOM view contract shared by widgets, layouts and the plot wrapper.
import type { DocSnap, ModelSnap } from "../state/snapshot.ts";
import type { ColumnChanges } from "../state/store.ts";
import { attr } from "../state/snapshot.ts";

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
  /** The largest message the server accepts, when the page said (a FileInput checks a file against it). */
  readonly max_message_size?: number;
}

export interface DomView {
  readonly el: HTMLElement;
  readonly model: ModelSnap;
  /** Called only when the model's snapshot identity changed. */
  update(next: ModelSnap): void;
  destroy(): void;
}

/** What the root needs of a plot: when its first frame is on screen (tests reach the rest through `window.Dash`). */
export interface PlotLike { readonly first_frame: Promise<void> }

/**
 * A view that follows every model it references (a plot): it gets each new snapshot in which one
 * of them changed, with the batch's column changes, so a stream appends instead of rebuilding.
 */
export interface SyncedView extends DomView {
  readonly plot: PlotLike;
  sync(doc: DocSnap, columns: ColumnChanges): void;
}

export function is_synced(v: DomView): v is SyncedView {
  return typeof (v as Partial<SyncedView>).sync === "function";
}

/** Builds the view of a model type (main.ts composes the plot, layout and widget factories). */
export type ViewFactory = (m: ModelSnap, ctx: DomContext) => DomView | null;

/** What views get from the root: the attribute/event callbacks plus child-view building. */
export interface DomContext extends ViewContext {
  doc(): DocSnap;
  /** The (cached) view for a model id; layouts use it for their children. */
  view_for(id: string): DomView | null;
}

/** Apply width/height/sizing_mode/visible/margin as Bokeh does for LayoutDOM. */
export function apply_sizing(el: HTMLElement, m: ModelSnap, defaults: { width?: number | null; height?: number | null } = {}): void {
  const mode = attr<string | null>(m, "sizing_mode");
  const w = attr<number | null>(m, "width") ?? defaults.width ?? null;
  const h = attr<number | null>(m, "height") ?? defaults.height ?? null;
  const s = el.style;
  s.width = ""; s.height = ""; s.flex = ""; s.alignSelf = ""; s.minWidth = "";
  // min-width 0: a stretched child may shrink below its drawn content, so it never widens the page past the window
  if (mode === "stretch_width" || mode === "stretch_both" || mode === "scale_width" || mode === "scale_both") { s.width = "100%"; s.flex = "1 1 auto"; s.alignSelf = "stretch"; s.minWidth = "0"; }
  else if (w != null) s.width = `${w}px`;
  if (mode === "stretch_height" || mode === "stretch_both") { s.height = "100%"; s.flex = "1 1 auto"; s.alignSelf = "stretch"; }
  else if (h != null) s.height = `${h}px`;
  const margin = attr<unknown>(m, "margin");
  if (typeof margin === "number") s.margin = `${margin}px`;
  else if (Array.isArray(margin)) s.margin = margin.map((v) => `${Number(v)}px`).join(" ");
  s.display = attr<boolean>(m, "visible") === false ? "none" : "";
  const classes = attr<string[]>(m, "css_classes") ?? [];
  for (const c of classes) el.classList.add(c);
  apply_styles(el, attr<unknown>(m, "styles"));
}

/** Inline styles each element got from its model, so that a later change removes the dropped ones. */
const applied_styles = new WeakMap<HTMLElement, readonly string[]>();

/**
 * StyledElement.styles as a dict of CSS properties (`{"font-size": "20px", color: null}`; snake_case
 * names are accepted as a Styles model spells them). A Styles model reference is not resolved here.
 */
export function apply_styles(el: HTMLElement, styles: unknown): void {
  for (const name of applied_styles.get(el) ?? []) el.style.removeProperty(name);
  const names: string[] = [];
  if (styles != null && typeof styles === "object" && !Array.isArray(styles) && !("$ref" in styles)) {
    for (const [k, v] of Object.entries(styles as Record<string, unknown>)) {
      if (v == null) continue;
      const name = k.startsWith("--") ? k : k.replace(/_/g, "-").replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      el.style.setProperty(name, String(v));
      names.push(name);
    }
  }
  applied_styles.set(el, names);
}
