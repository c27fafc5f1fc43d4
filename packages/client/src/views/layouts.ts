// Row, Column, GridBox, Spacer, Tabs/TabPanel as flex/grid DOM containers.
import { attr, is_ref, type ModelSnap } from "../state/snapshot.ts";
import { apply_sizing, type DomContext, type DomView } from "./view.ts";
import { LayoutView, fill_grid } from "./layout_base.ts";

export class FlexView extends LayoutView {
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.render();
  }
  protected render(): void {
    const row = this.model.type === "Row";
    this.el.className = row ? "dash-row" : "dash-column";
    apply_sizing(this.el, this.model);
    const spacing = attr<number>(this.model, "spacing") ?? 0;
    this.el.style.gap = `${spacing}px`;
    const kids = (attr<unknown[]>(this.model, "children") ?? []).map((c) => this.child(c)).filter((v): v is DomView => v != null);
    // keep existing elements in place when unchanged (avoids re-attaching canvases)
    const current = [...this.el.children];
    if (current.length !== kids.length || kids.some((k, i) => current[i] !== k.el)) this.el.replaceChildren(...kids.map((k) => k.el));
  }
}

export class GridBoxView extends LayoutView {
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.render();
  }
  protected render(): void {
    apply_sizing(this.el, this.model);
    fill_grid(this.el, this.model, (ref) => this.child(ref));
  }
}


export class SpacerView extends LayoutView {
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.render();
  }
  protected render(): void {
    this.el.className = "dash-spacer";
    apply_sizing(this.el, this.model);
  }
}

export class TabsView extends LayoutView {
  private readonly header = document.createElement("div");
  private readonly body = document.createElement("div");
  constructor(model: ModelSnap, ctx: DomContext) {
    super(model, ctx);
    this.el.className = "dash-column";
    this.header.className = "dash-tabs-header";
    this.el.append(this.header, this.body);
    this.render();
  }
  protected render(): void {
    apply_sizing(this.el, this.model);
    const doc = this.ctx.doc();
    const panels = (attr<unknown[]>(this.model, "tabs") ?? []).map((t) => (is_ref(t) ? doc.models[t.$ref] : undefined)).filter((p): p is ModelSnap => p != null);
    const active = attr<number>(this.model, "active") ?? 0;
    this.header.replaceChildren(...panels.map((p, i) => {
      const tab = document.createElement("div");
      tab.className = `dash-tab${i === active ? " active" : ""}`;
      tab.textContent = attr<string>(p, "title") ?? "";
      tab.addEventListener("click", () => {
        if (i === attr<number>(this.model, "active")) return;
        this.ctx.set_attr(this.model.id, "active", i);
        this.model = { ...this.model, attrs: { ...this.model.attrs, active: i } };
        this.render();
      });
      return tab;
    }));
    const panel = panels[active];
    const child = panel != null ? this.child(attr(panel, "child")) : null;
    this.body.replaceChildren(...(child != null ? [child.el] : []));
  }
}

const LAYOUTS: ReadonlyMap<string, (m: ModelSnap, ctx: DomContext) => DomView> = new Map<string, (m: ModelSnap, ctx: DomContext) => DomView>([
  ["Row", (m, ctx) => new FlexView(m, ctx)],
  ["Column", (m, ctx) => new FlexView(m, ctx)],
  ["GridBox", (m, ctx) => new GridBoxView(m, ctx)],
  ["Spacer", (m, ctx) => new SpacerView(m, ctx)],
  ["Tabs", (m, ctx) => new TabsView(m, ctx)],
]);

export function create_layout_view(m: ModelSnap, ctx: DomContext): DomView | null {
  return LAYOUTS.get(m.type)?.(m, ctx) ?? null;
}

/** The layout types Dash lays out (TabPanel: the Tabs' children). */
export function layout_types(): string[] {
  return [...LAYOUTS.keys(), "TabPanel"];
}
