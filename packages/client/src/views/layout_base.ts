// What every layout view shares: children by reference, and placing GridBox/GridPlot children on a grid.
import { attr, is_ref, type ModelSnap, type Ref } from "../state/snapshot.ts";
import type { DomContext, DomView } from "./view.ts";
import { ensure_css } from "./css.ts";

export abstract class LayoutView implements DomView {
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

/** GridBox/GridPlot children ([child, row, col, row_span?, col_span?]) placed on a CSS grid; returns their views. */
export function fill_grid(el: HTMLElement, model: ModelSnap, child: (ref: unknown) => DomView | null): DomView[] {
  el.classList.add("dash-grid");
  const spacing = attr<unknown>(model, "spacing");
  el.style.gap = Array.isArray(spacing) ? `${spacing[0]}px ${spacing[1]}px` : `${Number(spacing ?? 0)}px`;
  const views: DomView[] = [];
  for (const entry of attr<unknown[]>(model, "children") ?? []) {
    if (!Array.isArray(entry)) continue;
    const [ref, row, col, rs, cs] = entry as [Ref, number, number, number?, number?];
    const v = child(ref);
    if (v == null) continue;
    v.el.style.gridRow = `${row + 1} / span ${rs ?? 1}`;
    v.el.style.gridColumn = `${col + 1} / span ${cs ?? 1}`;
    views.push(v);
  }
  el.replaceChildren(...views.map((v) => v.el));
  return views;
}
