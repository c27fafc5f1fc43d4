// Row, Column, GridBox, Spacer, Tabs/TabPanel as flex/grid DOM containers.
import { attr, is_ref, type ModelSnap, type Ref } from "../render/snapshot.ts";
import { apply_sizing, type DomContext, type DomView } from "./view.ts";
import { ensure_css } from "./css.ts";

abstract class LayoutView implements DomView {
  readonly el: HTMLDivElement;
  constructor(public model: ModelSnap, protected readonly ctx: DomContext) {
    ensure_css();
    this.el = document.createElement("div");
    this.el.dataset["id"] = model.id;
  }
  protected child(ref: unknown): DomView | null {
    return is_ref(ref) ? this.ctx.view_for(ref.$ref) : null;
  }
  update(next: ModelSnap): void {
    this.model = next;
    this.render();
  }
  protected abstract render(): void;
  destroy(): void { this.el.remove(); }
}

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
    this.el.className = "dash-grid";
    apply_sizing(this.el, this.model);
    const spacing = attr<unknown>(this.model, "spacing");
    this.el.style.gap = Array.isArray(spacing) ? `${spacing[0]}px ${spacing[1]}px` : `${Number(spacing ?? 0)}px`;
    const items: HTMLElement[] = [];
    for (const entry of attr<unknown[]>(this.model, "children") ?? []) {
      if (!Array.isArray(entry)) continue;
      const [ref, row, col, rs, cs] = entry as [Ref, number, number, number?, number?];
      const v = this.child(ref);
      if (v == null) continue;
      v.el.style.gridRow = `${row + 1} / span ${rs ?? 1}`;
      v.el.style.gridColumn = `${col + 1} / span ${cs ?? 1}`;
      items.push(v.el);
    }
    this.el.replaceChildren(...items);
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

export function create_layout_view(m: ModelSnap, ctx: DomContext): DomView | null {
  switch (m.type) {
    case "Row": case "Column": return new FlexView(m, ctx);
    case "GridBox": case "GridPlot": return new GridBoxView(m, ctx);
    case "Spacer": return new SpacerView(m, ctx);
    case "Tabs": return new TabsView(m, ctx);
    default: return null;
  }
}
