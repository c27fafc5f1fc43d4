// Entry point of the rendering layer: mount a DocSnap into an element and keep it in step with
// later snapshots, re-rendering only views whose models (or referenced models) changed.
import { attr, is_ref, type DocSnap, type ModelSnap } from "../state/snapshot.ts";
import { dependencies } from "../state/deps.ts";
import { column_changes, type Changes } from "../state/store.ts";
import { is_synced, type DomContext, type DomView, type PlotHost, type PlotLike, type RenderOptions, type UIEvent, type ViewContext, type ViewFactory } from "./view.ts";
import { ensure_css } from "./css.ts";
export { dependencies };

export interface MountContext extends PlotHost {
  set_attr(model_id: string, attr: string, value: unknown): void;
  readonly options?: RenderOptions;
  /** The view of each model type (main.ts composes plots, layouts and widgets). */
  readonly create_view: ViewFactory;
}

const OWN_VIEW_CHILDREN = new Set(["Row", "Column", "GridBox", "GridPlot", "Tabs", "TabPanel", "Spacer", "ScrollBox", "GroupBox", "Dialog", "HelpButton", "Tooltip"]);

interface Entry { view: DomView; deps: Set<string> | null }

export class RootView {
  private readonly views = new Map<string, Entry>();
  private readonly container: HTMLDivElement;
  private readonly options: RenderOptions;
  private readonly ctx: DomContext;
  private readonly create_view: ViewFactory;

  constructor(readonly el: HTMLElement, private snap: DocSnap, host: MountContext) {
    ensure_css();
    this.create_view = host.create_view;
    const query = typeof location !== "undefined" ? new URLSearchParams(location.search).get("renderer") : null;
    this.options = { ...(host.options ?? {}), renderer: host.options?.renderer ?? (query === "canvas" ? "canvas" : query === "webgl" ? "webgl" : undefined) };
    const self = this;
    const base: ViewContext = {
      options: this.options,
      set_attr: (id, name, value) => host.set_attr(id, name, value),
      set_range: (id, s, e) => host.set_range(id, s, e),
      set_selection: (id, idx) => host.set_selection(id, idx),
      emit_event: (id, ev: UIEvent) => host.emit_event(id, ev),
    };
    this.ctx = { ...base, doc: () => self.snap, view_for: (id) => self.view_for(id) };
    this.container = document.createElement("div");
    this.container.className = "dash-root dash-column";
    el.appendChild(this.container);
    this.render_roots();
  }

  private create(m: ModelSnap): DomView | null {
    return this.create_view(m, this.ctx);
  }

  view_for(id: string): DomView | null {
    const hit = this.views.get(id);
    if (hit != null) return hit.view;
    const m = this.snap.models[id];
    if (m == null) return null;
    const view = this.create(m);
    if (view == null) return null;
    const deep = !OWN_VIEW_CHILDREN.has(m.type);
    this.views.set(id, { view, deps: deep ? dependencies(this.snap, id) : null });
    return view;
  }

  private render_roots(): void {
    const els = this.snap.roots.map((id) => this.view_for(id)?.el).filter((e): e is HTMLElement => e != null);
    const cur = [...this.container.children];
    if (cur.length !== els.length || els.some((e, i) => cur[i] !== e)) this.container.replaceChildren(...els);
    if (typeof document !== "undefined" && this.snap.title) document.title = this.snap.title;
  }

  /** Apply a new snapshot. Views whose model (or a model they reference) changed re-render. */
  update(next: DocSnap, changed: Partial<Pick<Changes, "streamed" | "patched">> = {}): void {
    const prev = this.snap;
    this.snap = next;
    const streamed = column_changes(changed);
    // children first so layouts find up-to-date child views
    const order = [...this.views.entries()].sort(([, a], [, b]) => Number(OWN_VIEW_CHILDREN.has(a.view.model.type)) - Number(OWN_VIEW_CHILDREN.has(b.view.model.type)));
    for (const [id, e] of order) {
      const m = next.models[id];
      if (m == null) { e.view.destroy(); this.views.delete(id); continue; }
      if (is_synced(e.view)) {
        if ([...e.deps!].some((d) => next.models[d] !== prev.models[d]) || m !== prev.models[id]) {
          e.view.sync(next, streamed);
          e.deps = dependencies(next, id);
        }
      } else if (m !== prev.models[id] || (e.deps != null && [...e.deps].some((d) => next.models[d] !== prev.models[d]))) {
        e.view.update(m);
        if (e.deps != null) e.deps = dependencies(next, id);
      }
    }
    this.render_roots();
    this.collect();
  }

  /** The plots currently shown (test and benchmark hook: `PlotView.inspect()`). */
  plots(): PlotLike[] {
    return [...this.views.values()].flatMap((e) => (is_synced(e.view) ? [e.view.plot] : []));
  }

  /** Resolves once every plot shown has drawn its first frame. */
  async ready(): Promise<void> {
    await Promise.all(this.plots().map((p) => p.first_frame));
  }

  /** Destroy views no longer reachable from the roots. */
  private collect(): void {
    const live = new Set<string>();
    const walk = (id: string) => {
      if (live.has(id)) return;
      live.add(id);
      const m = this.snap.models[id];
      if (m == null || !OWN_VIEW_CHILDREN.has(m.type)) return;
      const refs: unknown[] = [];
      for (const c of attr<unknown[]>(m, "children") ?? []) refs.push(Array.isArray(c) ? c[0] : c);
      for (const t of attr<unknown[]>(m, "tabs") ?? []) refs.push(t);
      refs.push(m.attrs["child"], m.attrs["content"], m.attrs["title"], m.attrs["tooltip"]);
      for (const r of refs) if (is_ref(r)) walk(r.$ref);
    };
    for (const r of this.snap.roots) walk(r);
    for (const [id, e] of this.views) if (!live.has(id)) { e.view.destroy(); this.views.delete(id); }
  }

  destroy(): void {
    for (const e of this.views.values()) e.view.destroy();
    this.views.clear();
    this.container.remove();
  }
}

export function mount(el: HTMLElement, snap: DocSnap, ctx: MountContext): RootView {
  return new RootView(el, snap, ctx);
}
