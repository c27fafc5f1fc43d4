// A Plot as a DOM view: the PlotView (pixi) wrapped in the DomView contract the root uses.
import type { DocSnap, ModelSnap } from "../../state/snapshot.ts";
import type { ColumnChanges } from "../../state/store.ts";
import { apply_sizing, type DomContext, type SyncedView } from "../view.ts";
import { PlotView } from "./plot_view.ts";

export class PlotDomView implements SyncedView {
  readonly plot: PlotView;
  constructor(public model: ModelSnap, ctx: DomContext) {
    this.plot = new PlotView(model.id, ctx.doc(), ctx, ctx.options);
    apply_sizing(this.plot.el, model);
  }
  get el(): HTMLElement { return this.plot.el; }
  update(next: ModelSnap): void { this.model = next; }
  sync(doc: DocSnap, columns: ColumnChanges): void {
    this.model = doc.models[this.model.id] ?? this.model;
    this.plot.update(doc, columns);
  }
  destroy(): void { this.plot.destroy(); }
}
